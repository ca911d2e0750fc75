package org.eqms.jira.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eqms.audit.AuditedObject;
import org.eqms.compliance.Clause;
import org.eqms.jira.app.RiskAnalysis;
import org.eqms.jira.mapping.LinkTypeMapping;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.VerificationStatusRule;
import org.eqms.risk.Harm;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskEstimate;
import org.eqms.risk.RiskRecord;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.junit.jupiter.api.Test;

/**
 * Hazard and hazardous-situation issues kept as the ISO 14971 records of the project's risk analysis
 * ({@link RiskRecordSync}) by the listener, over map-backed stores; only Jira is stood in for, with Mockito.
 */
class JiraRiskRecordSyncTest {
    private static final Instant NOW = Instant.parse("2026-11-23T06:01:02.345Z");
    private static final IssueType HAZARD = MockJira.type("10001", "Hazard");
    private static final IssueType SITUATION = MockJira.type("10002", "Hazardous situation");
    private static final IssueType CONTROL = MockJira.type("10003", "Risk control");
    private static final IssueType BUG = MockJira.type("10004", "Bug");
    private static final long LEADS_TO = 10100;

    private final MockJira jira = new MockJira();
    private final InMemoryProjectStores stores = new InMemoryProjectStores();
    private final RecordedAudit audit = new RecordedAudit(stores);
    private final List<SyncRefusal> refusals = new ArrayList<>();
    private final JiraTraceListener listener = new JiraTraceListener(mock(EventPublisher.class), jira.issueManager,
            jira.issueLinkManager, stores, audit, refusals::add, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ApplicationUser alice = MockJira.user("u-alice");

    JiraRiskRecordSyncTest() {
        stores.mappings.put("INF", new ProjectTraceMapping("INF", 1,
                Map.of("10001", ItemRole.HAZARD, "10002", ItemRole.HAZARDOUS_SITUATION, "10003", ItemRole.RISK_CONTROL),
                Map.of(String.valueOf(LEADS_TO), LinkTypeMapping.outward(LinkType.LEADS_TO)),
                VerificationStatusRule.DEFAULT));
    }

    private MutableIssue created(long id, IssueType type, String summary) {
        MutableIssue issue = jira.issue(id, "INF", type, summary, "Open");
        listener.onIssueEvent(MockJira.event(issue, EventType.ISSUE_CREATED_ID, alice));
        return issue;
    }

    private void updated(MutableIssue issue) {
        listener.onIssueEvent(MockJira.event(issue, EventType.ISSUE_UPDATED_ID, alice));
    }

    private void deleted(MutableIssue issue) {
        jira.delete(issue);
        listener.onIssueEvent(MockJira.event(issue, EventType.ISSUE_DELETED_ID, alice));
    }

    private void linked(long id, MutableIssue hazard, MutableIssue situation) {
        listener.onIssueLinkCreated(new IssueLinkCreatedEvent(jira.link(id, hazard, situation, LEADS_TO), NOW));
    }

    private Map<String, Hazard> hazards() {
        return stores.risk.hazards;
    }

    private Map<String, HazardousSituation> situations() {
        return stores.risk.situations;
    }

    private List<SyncRefusal> refused(String code) {
        return refusals.stream().filter(r -> r.code().equals(code)).toList();
    }

    @Test
    @Clause("ISO14971-5.4")
    void aHazardIssueIsTheHazardOfTheRiskAnalysisUnderItsKeyAuditedInTheSameTransaction() {
        created(1, HAZARD, "Heater overheats");

        assertThat(hazards()).containsOnlyKeys("INF-1");
        Hazard hazard = hazards().get("INF-1");
        assertThat(hazard.name()).isEqualTo("Heater overheats");
        assertThat(hazard.description()).isEqualTo("Description of Heater overheats");
        assertThat(hazard.category()).isEqualTo(HazardCategory.OPERATIONAL);
        assertThat(hazard.catalogueCode()).isNull();
        assertThat(audit.risk()).singleElement().satisfies(e -> {
            assertThat(e.object()).isEqualTo(AuditedObject.of(RiskAnalysis.OBJECT_TYPE, "INF/INF-1"));
            assertThat(e.action()).isEqualTo(RiskAnalysis.HAZARD_SAVED);
            assertThat(e.actorKey()).isEqualTo("u-alice");
            assertThat(e.data().at("/changes/name/new").asText()).isEqualTo("Heater overheats");
            assertThat(e.transaction()).isEqualTo(audit.trace().get(0).transaction()).isPositive();
        });
    }

    @Test
    @Clause("ISO14971-5.4")
    void anUpdatedHazardIssueKeepsTheCategoryAndCatalogueCodeTheRiskFileGave() {
        MutableIssue issue = created(1, HAZARD, "Heater overheats");
        stores.risk.saveHazard("INF", new Hazard("INF-1", HazardCategory.ENERGY, "Heater overheats", "x", "C.2-1"));
        audit.entries.clear();
        when(issue.getSummary()).thenReturn("Heater overheats above 45 °C");

        updated(issue);

        Hazard hazard = hazards().get("INF-1");
        assertThat(hazard.name()).isEqualTo("Heater overheats above 45 °C");
        assertThat(hazard.description()).isEqualTo("Description of Heater overheats");
        assertThat(hazard.category()).isEqualTo(HazardCategory.ENERGY);
        assertThat(hazard.catalogueCode()).isEqualTo("C.2-1");
        assertThat(audit.risk()).extracting(RecordedAudit.Entry::action).containsExactly(RiskAnalysis.HAZARD_SAVED);
    }

    @Test
    void anIssueOfAnotherRoleIsNoRiskRecord() {
        created(3, CONTROL, "Thermal cut-off");
        created(4, BUG, "Crash");

        assertThat(hazards()).isEmpty();
        assertThat(situations()).isEmpty();
        assertThat(audit.risk()).isEmpty();
    }

    @Test
    @Clause("ISO14971-5.4")
    void aSituationWithoutHazardIsRefusedUntilAHazardLeadsToIt() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats");
        MutableIssue situation = created(2, SITUATION, "Patient touches hot surface");

        assertThat(situations()).isEmpty();
        assertThat(refused(RiskRecordSync.SITUATION_WITHOUT_HAZARD)).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("INF-2");
            assertThat(r.message()).contains("INF-2").contains("no hazard");
            assertThat(r.hint()).contains("LEADS_TO");
            assertThat(r.actorKey()).isEqualTo("u-alice");
        });

        linked(11, hazard, situation);

        assertThat(situations()).containsOnlyKeys("INF-2");
        HazardousSituation recorded = situations().get("INF-2");
        assertThat(recorded.hazardId()).isEqualTo("INF-1");
        assertThat(recorded.description()).isEqualTo("Patient touches hot surface");
        assertThat(recorded.sequenceOfEvents()).containsExactly("Description of Patient touches hot surface");
        assertThat(audit.risk()).extracting(RecordedAudit.Entry::action).containsExactly(RiskAnalysis.HAZARD_SAVED,
                RiskAnalysis.SITUATION_SAVED);
        assertThat(audit.risk().get(1).object().id()).isEqualTo("INF/INF-2");
        assertThat(audit.risk().get(1).data().at("/changes/hazardId/new").asText()).isEqualTo("INF-1");
    }

    @Test
    void aSituationCreatedWithItsHazardLinkIsRecordedWithoutRefusal() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats");
        MutableIssue situation = jira.issue(2, "INF", SITUATION, "Patient touches hot surface", "Open");
        jira.link(11, hazard, situation, LEADS_TO);

        listener.onIssueEvent(MockJira.event(situation, EventType.ISSUE_CREATED_ID, alice));

        assertThat(situations().get("INF-2").hazardId()).isEqualTo("INF-1");
        assertThat(refusals).isEmpty();
    }

    @Test
    void anUpdatedSituationKeepsTheSequenceOfEventsTheRiskFileGave() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats");
        MutableIssue situation = created(2, SITUATION, "Patient touches hot surface");
        linked(11, hazard, situation);
        stores.risk.saveSituation("INF", new HazardousSituation("INF-2", "INF-1",
                List.of("Thermostat fails", "Patient touches the housing"), "Patient touches hot surface"));
        when(situation.getSummary()).thenReturn("Patient touches the hot housing");

        updated(situation);

        assertThat(situations().get("INF-2").sequenceOfEvents()).containsExactly("Thermostat fails",
                "Patient touches the housing");
        assertThat(situations().get("INF-2").description()).isEqualTo("Patient touches the hot housing");
    }

    @Test
    @Clause("ISO14971-5.4")
    void aDeletedHazardIssueDeletesAHazardNothingRefersTo() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats");
        audit.entries.clear();

        deleted(hazard);

        assertThat(hazards()).isEmpty();
        assertThat(audit.risk()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(RiskAnalysis.HAZARD_DELETED);
            assertThat(e.object().id()).isEqualTo("INF/INF-1");
            assertThat(e.transaction()).isPositive();
        });
    }

    @Test
    @Clause("ISO14971-5.4")
    void aDeletedHazardIssueWhoseHazardHasRisksLeavesTheTraceButNotTheRiskAnalysis() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats");
        MutableIssue situation = created(2, SITUATION, "Patient touches hot surface");
        linked(11, hazard, situation);
        stores.risk.save(RiskRecord.analysed("R-1", "INF", situations().get("INF-2"), new Harm("Burn"),
                RiskEstimate.qualitative(RiskAcceptabilityPolicy.defaults(), 3, 3, 3)));
        refusals.clear();
        audit.entries.clear();

        deleted(hazard);
        deleted(situation);

        assertThat(stores.traceGraph("INF").items).isEmpty();
        assertThat(hazards()).containsOnlyKeys("INF-1");
        assertThat(situations()).containsOnlyKeys("INF-2");
        assertThat(audit.risk()).isEmpty();
        assertThat(refusals).extracting(SyncRefusal::code, SyncRefusal::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RiskRecordSync.RECORD_IN_USE, "INF-1"),
                org.assertj.core.groups.Tuple.tuple(RiskRecordSync.RECORD_IN_USE, "INF-2"));
        assertThat(refusals.get(0).message()).contains("stays in the risk analysis");
        assertThat(refusals.get(1).hint()).contains("risks");
    }

    @Test
    void aDeletedSituationIssueWithoutRisksDeletesItsSituationAndThenItsHazardCanGo() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats");
        MutableIssue situation = created(2, SITUATION, "Patient touches hot surface");
        linked(11, hazard, situation);
        audit.entries.clear();

        deleted(situation);
        deleted(hazard);

        assertThat(situations()).isEmpty();
        assertThat(hazards()).isEmpty();
        assertThat(audit.risk()).extracting(RecordedAudit.Entry::action)
                .containsExactly(RiskAnalysis.SITUATION_DELETED, RiskAnalysis.HAZARD_DELETED);
    }

    @Test
    void aSituationWhoseHazardLinkIsDeletedTakesTheNextHazardAndWithNoneLeftKeepsItsRecord() {
        MutableIssue heater = created(1, HAZARD, "Heater overheats");
        MutableIssue mains = created(5, HAZARD, "Mains voltage");
        MutableIssue situation = created(2, SITUATION, "Patient touches hot surface");
        linked(11, heater, situation);
        linked(12, mains, situation);
        assertThat(situations().get("INF-2").hazardId()).isEqualTo("INF-1");
        refusals.clear();

        listener.onIssueLinkDeleted(new IssueLinkDeletedEvent(jira.issueLinkManager.getOutwardLinks(1L).get(0), NOW));

        assertThat(situations().get("INF-2").hazardId()).isEqualTo("INF-5");
        assertThat(refusals).isEmpty();

        listener.onIssueLinkDeleted(new IssueLinkDeletedEvent(jira.issueLinkManager.getOutwardLinks(5L).get(0), NOW));

        assertThat(situations().get("INF-2").hazardId()).isEqualTo("INF-5");
        assertThat(refused(RiskRecordSync.SITUATION_WITHOUT_HAZARD)).singleElement()
                .extracting(SyncRefusal::subject).isEqualTo("INF-2");
    }
}
