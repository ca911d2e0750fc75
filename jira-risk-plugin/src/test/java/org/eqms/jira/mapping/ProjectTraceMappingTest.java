package org.eqms.jira.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.VerificationStatus;
import org.junit.jupiter.api.Test;

class ProjectTraceMappingTest {

    private static ProjectTraceMapping mapping(Map<String, ItemRole> types, Map<String, LinkTypeMapping> links) {
        return new ProjectTraceMapping("INF", 1, types, links, null);
    }

    @Test
    void anIssueTypeHasTheRoleItIsMappedToAndUnmappedTypesHaveNone() {
        ProjectTraceMapping m = mapping(Map.of("10001", ItemRole.HAZARD, "10002", ItemRole.HAZARD),
                Map.of("10100", LinkTypeMapping.outward(LinkType.MITIGATED_BY)));

        assertThat(m.role("10001")).contains(ItemRole.HAZARD);
        assertThat(m.role("10002")).as("several types may share a role").contains(ItemRole.HAZARD);
        assertThat(m.role("10003")).isEmpty();
        assertThat(m.role(null)).isEmpty();
        assertThat(m.linkType(10100L)).contains(LinkTypeMapping.outward(LinkType.MITIGATED_BY));
        assertThat(m.linkType(10101L)).isEmpty();
        assertThat(m.linkType(null)).isEmpty();
    }

    @Test
    void anUnknownRoleNameIsRefusedWithCodeMessageAndAHintListingTheRoles() {
        assertThatThrownBy(() -> ProjectTraceMapping.role("HAZZARD", "issue type 10001"))
                .isInstanceOfSatisfying(MappingRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(MappingRefusal.UNKNOWN_ROLE);
                    assertThat(e.code()).isEqualTo("unknown_role");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("HAZZARD").contains("issue type 10001");
                    assertThat(e.hint()).contains("HAZARD").contains("VERIFICATION").contains("SOFTWARE_ITEM");
                });
        assertThatThrownBy(() -> ProjectTraceMapping.role("hazard", "issue type 10001"))
                .as("names are case-sensitive").isInstanceOf(MappingRefusedException.class);
    }

    @Test
    void unknownLinkTypeAndVerificationStatusNamesAreRefused() {
        assertThatThrownBy(() -> ProjectTraceMapping.linkType("MITIGATES", "issue link type 10100"))
                .isInstanceOfSatisfying(MappingRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.UNKNOWN_LINK_TYPE));
        assertThatThrownBy(() -> ProjectTraceMapping.verificationStatus("DONE", "Jira status Done"))
                .isInstanceOfSatisfying(MappingRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.UNKNOWN_VERIFICATION_STATUS));
    }

    @Test
    void idsMustBeJiraIdsNotNames() {
        assertThatThrownBy(() -> mapping(Map.of("Hazard", ItemRole.HAZARD), Map.of()))
                .isInstanceOfSatisfying(MappingRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(MappingRefusal.MISSING_VALUE);
                    assertThat(e.hint()).contains("id");
                });
        assertThatThrownBy(() -> mapping(Map.of(), Map.of("Mitigates", LinkTypeMapping.outward(LinkType.MITIGATED_BY))))
                .isInstanceOf(MappingRefusedException.class);
        assertThatThrownBy(() -> mapping(Map.of("", ItemRole.HAZARD), Map.of()))
                .isInstanceOf(MappingRefusedException.class);
    }

    @Test
    void aMappedTypeMustHaveARoleAndALinkTypeAType() {
        Map<String, ItemRole> noRole = new HashMap<>();
        noRole.put("10001", null);
        Map<String, LinkTypeMapping> noType = new HashMap<>();
        noType.put("10100", null);

        assertThatThrownBy(() -> mapping(noRole, Map.of())).isInstanceOfSatisfying(MappingRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.MISSING_VALUE));
        assertThatThrownBy(() -> mapping(Map.of(), noType)).isInstanceOf(MappingRefusedException.class);
    }

    @Test
    void theProjectKeyIsRequiredAndTheRevisionIsNotNegative() {
        assertThatThrownBy(() -> new ProjectTraceMapping(" ", 0, Map.of(), Map.of(), null))
                .isInstanceOfSatisfying(MappingRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.MISSING_VALUE));
        assertThatThrownBy(() -> new ProjectTraceMapping("IN F", 0, Map.of(), Map.of(), null))
                .isInstanceOf(MappingRefusedException.class);
        assertThatThrownBy(() -> new ProjectTraceMapping("INF", -1, Map.of(), Map.of(), null))
                .isInstanceOfSatisfying(MappingRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.INVALID_MAPPING));
    }

    @Test
    void theMappingIsACopySortedById() {
        Map<String, ItemRole> types = new LinkedHashMap<>();
        types.put("10002", ItemRole.VERIFICATION);
        types.put("10001", ItemRole.HAZARD);
        ProjectTraceMapping m = mapping(types, Map.of());
        types.clear();

        assertThat(m.issueTypes()).containsExactly(Map.entry("10001", ItemRole.HAZARD),
                Map.entry("10002", ItemRole.VERIFICATION));
        assertThatThrownBy(() -> m.issueTypes().put("10003", ItemRole.SOUP))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theDefaultVerificationRuleMakesDoneAndPassedPassedAndFailedFailedAndEverythingElseOpen() {
        ProjectTraceMapping m = ProjectTraceMapping.empty("INF");

        assertThat(m.verificationStatus("Done")).isEqualTo(VerificationStatus.PASSED);
        assertThat(m.verificationStatus("passed")).isEqualTo(VerificationStatus.PASSED);
        assertThat(m.verificationStatus(" FAILED ")).isEqualTo(VerificationStatus.FAILED);
        assertThat(m.verificationStatus("In Progress")).isEqualTo(VerificationStatus.OPEN);
        assertThat(m.verificationStatus(null)).isEqualTo(VerificationStatus.OPEN);
    }

    @Test
    void aVerificationRuleIsConfigurable() {
        VerificationStatusRule rule = new VerificationStatusRule(Map.of("Geprüft", VerificationStatus.PASSED,
                "Abgelehnt", VerificationStatus.FAILED));
        ProjectTraceMapping m = new ProjectTraceMapping("INF", 1, Map.of(), Map.of(), rule);

        assertThat(m.verificationStatus("geprüft")).isEqualTo(VerificationStatus.PASSED);
        assertThat(m.verificationStatus("Abgelehnt")).isEqualTo(VerificationStatus.FAILED);
        assertThat(m.verificationStatus("Done")).as("the default rule no longer applies")
                .isEqualTo(VerificationStatus.OPEN);
    }

    @Test
    void aJiraStatusIsMappedOnceIgnoringCaseAndNeverBlank() {
        assertThatThrownBy(() -> new VerificationStatusRule(Map.of("Done", VerificationStatus.PASSED,
                "DONE", VerificationStatus.FAILED))).isInstanceOfSatisfying(MappingRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.DUPLICATE_ENTRY));
        assertThatThrownBy(() -> new VerificationStatusRule(Map.of(" ", VerificationStatus.PASSED)))
                .isInstanceOfSatisfying(MappingRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.MISSING_VALUE));
    }
}
