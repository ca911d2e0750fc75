package org.eqms.jira.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import java.util.EnumMap;
import java.util.Map;
import org.eqms.jira.mapping.LinkTypeMapping;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.VerificationStatusRule;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.SoftwareLevel;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.VerificationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JiraTraceProjectionTest {
    /** Issue type id of each role: 20000 + ordinal. */
    private static final Map<ItemRole, IssueType> TYPES = new EnumMap<>(ItemRole.class);
    private static final IssueType BUG = MockJira.type("10004", "Bug");

    static {
        for (ItemRole role : ItemRole.values()) {
            TYPES.put(role, MockJira.type(String.valueOf(20000 + role.ordinal()), role.name()));
        }
    }

    private final MockJira jira = new MockJira();
    private final JiraTraceProjection projection = new JiraTraceProjection(mapping());

    private static ProjectTraceMapping mapping() {
        Map<String, ItemRole> types = new java.util.HashMap<>();
        TYPES.forEach((role, type) -> types.put(type.getId(), role));
        return new ProjectTraceMapping("INF", 1, types, Map.of(
                "10100", LinkTypeMapping.outward(LinkType.MITIGATED_BY),
                "10101", LinkTypeMapping.inward(LinkType.VERIFIED_BY)), VerificationStatusRule.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(ItemRole.class)
    void anIssueOfAMappedTypeIsATraceItemOfItsRole(ItemRole role) {
        MutableIssue issue = jira.issue(4711, "INF", TYPES.get(role), "Overheating", "In Progress");

        TraceItem item = projection.item(issue).orElseThrow();

        assertThat(item.id()).isEqualTo("4711");
        assertThat(item.role()).isEqualTo(role);
        assertThat(item.key()).isEqualTo("INF-4711");
        assertThat(item.title()).isEqualTo("Overheating");
        assertThat(item.fields()).containsExactly(Map.entry("description", "Description of Overheating"),
                Map.entry("status", "In Progress"));
        TraceItem defaults = TraceItem.of("4711", role, "INF-4711", "Overheating");
        assertThat(item.acceptability()).isEqualTo(defaults.acceptability());
        assertThat(item.status()).isEqualTo(defaults.status());
        assertThat(item.level()).isEqualTo(defaults.level());
        assertThat(item.safetyClass()).isNull();
        assertThat(projection.role(issue)).contains(role);
    }

    @ParameterizedTest
    @CsvSource({"Done,PASSED", "Passed,PASSED", "PASSED,PASSED", "Failed,FAILED", "In Progress,OPEN", "To Do,OPEN"})
    void aVerificationsStatusComesFromItsJiraStatusByTheMappingsRule(String jiraStatus, VerificationStatus expected) {
        MutableIssue test = jira.issue(7, "INF", TYPES.get(ItemRole.VERIFICATION), "TC-7", jiraStatus);

        assertThat(projection.item(test).orElseThrow().status()).isEqualTo(expected);
    }

    @Test
    void aVerificationWithoutStatusIsOpenAndAMissingDescriptionIsEmpty() {
        MutableIssue test = jira.issue(7, "INF", TYPES.get(ItemRole.VERIFICATION), "TC-7", null);
        when(test.getDescription()).thenReturn(null);

        TraceItem item = projection.item(test).orElseThrow();

        assertThat(item.status()).isEqualTo(VerificationStatus.OPEN);
        assertThat(item.fields()).containsEntry("description", "").containsEntry("status", "");
    }

    @Test
    void issuesOfUnmappedTypesOrOtherProjectsOrWithoutTypeAreNotTraceItems() {
        MutableIssue bug = jira.issue(1, "INF", BUG, "Crash", "Open");
        MutableIssue elsewhere = jira.issue(2, "RSK", TYPES.get(ItemRole.HAZARD), "Shock", "Open");
        MutableIssue untyped = jira.issue(3, "INF", null, "?", "Open");

        assertThat(projection.item(bug)).isEmpty();
        assertThat(projection.role(bug)).isEmpty();
        assertThat(projection.item(elsewhere)).isEmpty();
        assertThat(projection.item(untyped)).isEmpty();
        assertThat(projection.item(null)).isEmpty();
    }

    @Test
    void anUpdateKeepsWhatJiraDoesNotHoldFromTheStoredItem() {
        MutableIssue situation = jira.issue(5, "INF", TYPES.get(ItemRole.HAZARDOUS_SITUATION), "Burn", "Open");
        TraceItem stored = TraceItem.hazardousSituation("5", "INF-5", "Old", RiskAcceptability.UNACCEPTABLE)
                .withField("severity", "S4").withField("description", "old");
        MutableIssue unit = jira.issue(6, "INF", TYPES.get(ItemRole.SOFTWARE_ITEM), "Pump driver", "Open");
        TraceItem storedUnit = TraceItem.softwareItem("6", "INF-6", "Old", SoftwareLevel.UNIT, "C")
                .withField(TraceItem.DETAILED_DESIGN, "SDD-6");

        TraceItem item = projection.item(situation, stored).orElseThrow();
        TraceItem unitItem = projection.item(unit, storedUnit).orElseThrow();

        assertThat(item.acceptability()).isEqualTo(RiskAcceptability.UNACCEPTABLE);
        assertThat(item.title()).isEqualTo("Burn");
        assertThat(item.fields()).containsEntry("severity", "S4").containsEntry("description", "Description of Burn");
        assertThat(unitItem.level()).isEqualTo(SoftwareLevel.UNIT);
        assertThat(unitItem.safetyClass()).isEqualTo("C");
        assertThat(unitItem.field(TraceItem.DETAILED_DESIGN)).isEqualTo("SDD-6");
    }

    @Test
    void aStoredItemOfAnotherRoleIsNotCarriedOver() {
        MutableIssue control = jira.issue(5, "INF", TYPES.get(ItemRole.RISK_CONTROL), "Fuse", "Open");
        TraceItem stored = TraceItem.hazardousSituation("5", "INF-5", "Old", RiskAcceptability.UNACCEPTABLE);

        TraceItem item = projection.item(control, stored).orElseThrow();

        assertThat(item.role()).isEqualTo(ItemRole.RISK_CONTROL);
        assertThat(item.acceptability()).isNull();
    }

    @Test
    void aLinkOfAMappedTypeIsATraceLinkInTheMappedDirection() {
        MutableIssue situation = jira.issue(5, "INF", TYPES.get(ItemRole.HAZARDOUS_SITUATION), "Burn", "Open");
        MutableIssue control = jira.issue(6, "INF", TYPES.get(ItemRole.RISK_CONTROL), "Fuse", "Open");
        MutableIssue test = jira.issue(7, "INF", TYPES.get(ItemRole.VERIFICATION), "TC", "Open");
        IssueLink mitigated = jira.link(1, situation, control, 10100);
        IssueLink verifies = jira.link(2, test, control, 10101);
        IssueLink relates = jira.link(3, situation, test, 10000);

        assertThat(projection.link(mitigated)).contains(new TraceLink("5", LinkType.MITIGATED_BY, "6"));
        assertThat(projection.link(verifies)).as("inward: the destination is upstream")
                .contains(new TraceLink("6", LinkType.VERIFIED_BY, "7"));
        assertThat(projection.link(relates)).as("unmapped link type").isEmpty();
        assertThat(projection.link(null)).isEmpty();
    }
}
