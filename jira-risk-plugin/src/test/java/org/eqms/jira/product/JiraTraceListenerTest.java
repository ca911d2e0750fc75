package org.eqms.jira.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.user.ApplicationUser;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eqms.compliance.Clause;
import org.eqms.jira.app.TraceActions;
import org.eqms.jira.mapping.LinkTypeMapping;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.VerificationStatusRule;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceItemHash;
import org.eqms.trace.TraceLink;
import org.eqms.trace.VerificationStatus;
import org.junit.jupiter.api.Test;

/**
 * Jira's issue and issue-link events into a project's trace, with the real trace graph, link rules and suspect-link
 * rule over map-backed stores; only Jira (issues, links, events, the event publisher) is stood in for, with Mockito.
 */
class JiraTraceListenerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T06:01:02.345Z");
    private static final IssueType HAZARD = MockJira.type("10001", "Hazard");
    private static final IssueType SITUATION = MockJira.type("10002", "Hazardous situation");
    private static final IssueType CONTROL = MockJira.type("10003", "Risk control");
    private static final IssueType TEST = MockJira.type("10005", "Test");
    private static final IssueType BUG = MockJira.type("10004", "Bug");
    private static final long LEADS_TO = 10100;
    private static final long MITIGATES = 10101;
    private static final long TESTS = 10102;
    private static final long RELATES = 10000;

    private final MockJira jira = new MockJira();
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final InMemoryProjectStores stores = new InMemoryProjectStores();
    private final List<SyncRefusal> refusals = new ArrayList<>();
    private final RecordedAudit audit = new RecordedAudit(stores);
    private final JiraTraceListener listener = new JiraTraceListener(publisher, jira.issueManager,
            jira.issueLinkManager, stores, audit, refusals::add, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ApplicationUser alice = MockJira.user("u-alice");

    JiraTraceListenerTest() {
        stores.mappings.put("INF", new ProjectTraceMapping("INF", 1,
                Map.of("10001", ItemRole.HAZARD, "10002", ItemRole.HAZARDOUS_SITUATION, "10003", ItemRole.RISK_CONTROL,
                        "10005", ItemRole.VERIFICATION),
                Map.of(String.valueOf(LEADS_TO), LinkTypeMapping.outward(LinkType.LEADS_TO),
                        // Jira's link type reads "RC mitigates HS": the destination is upstream
                        String.valueOf(MITIGATES), LinkTypeMapping.inward(LinkType.MITIGATED_BY),
                        String.valueOf(TESTS), LinkTypeMapping.inward(LinkType.VERIFIED_BY)),
                VerificationStatusRule.DEFAULT));
    }

    /** The refusals about the trace (not those of the risk analysis, see {@link RiskRecordSync}). */
    private List<SyncRefusal> traceRefusals() {
        return refusals.stream().filter(r -> !r.code().equals(RiskRecordSync.SITUATION_WITHOUT_HAZARD)
                && !r.code().equals(RiskRecordSync.RECORD_IN_USE)).toList();
    }

    private InMemoryProjectStores.Graph graph(String projectKey) {
        return stores.traceGraph(projectKey);
    }

    private InMemoryProjectStores.Graph graph() {
        return stores.traceGraph("INF");
    }

    private InMemoryProjectStores.Suspects suspects() {
        return stores.suspects("INF");
    }

    private MutableIssue created(long id, IssueType type, String summary, String status) {
        MutableIssue issue = jira.issue(id, "INF", type, summary, status);
        listener.onIssueEvent(MockJira.event(issue, EventType.ISSUE_CREATED_ID, alice));
        return issue;
    }

    private IssueLink linked(long id, MutableIssue source, MutableIssue destination, long type) {
        IssueLink link = jira.link(id, source, destination, type);
        listener.onIssueLinkCreated(new IssueLinkCreatedEvent(link, NOW));
        return link;
    }

    private void updated(MutableIssue issue, ApplicationUser by) {
        listener.onIssueEvent(MockJira.event(issue, EventType.ISSUE_UPDATED_ID, by));
    }

    /** HAZ(1) —LEADS_TO→ HS(2) —MITIGATED_BY→ RC(3) —VERIFIED_BY→ TC(4). */
    private MutableIssue[] chain() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats", "Open");
        MutableIssue situation = created(2, SITUATION, "Patient touches hot surface", "Open");
        MutableIssue control = created(3, CONTROL, "Thermal cut-off", "Open");
        MutableIssue test = created(4, TEST, "Cut-off test", "To Do");
        linked(11, hazard, situation, LEADS_TO);
        linked(12, control, situation, MITIGATES);
        linked(13, test, control, TESTS);
        return new MutableIssue[] {hazard, situation, control, test};
    }

    @Test
    void theListenerRegistersWithTheEventPublisherAndUnregistersWhenClosed() {
        verify(publisher).register(listener);

        listener.close();

        verify(publisher).unregister(listener);
    }

    @Test
    void everyHandlerIsAnEventListenerMethodWithOneEventParameter() {
        List<Method> handlers = Arrays.stream(JiraTraceListener.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class)).toList();

        assertThat(handlers).extracting(Method::getName)
                .containsExactlyInAnyOrder("onIssueEvent", "onIssueLinkCreated", "onIssueLinkDeleted");
        assertThat(handlers).allSatisfy(m -> assertThat(m.getParameterCount()).isEqualTo(1));
        assertThat(handlers).extracting(m -> m.getParameterTypes()[0]).containsExactlyInAnyOrder(IssueEvent.class,
                IssueLinkCreatedEvent.class, IssueLinkDeletedEvent.class);
    }

    @Test
    void aCreatedIssueOfAMappedTypeBecomesATraceItem() {
        created(1, HAZARD, "Heater overheats", "Open");

        assertThat(graph().items).containsOnlyKeys("1");
        TraceItem item = graph().items.get("1");
        assertThat(item.role()).isEqualTo(ItemRole.HAZARD);
        assertThat(item.key()).isEqualTo("INF-1");
        assertThat(item.title()).isEqualTo("Heater overheats");
        assertThat(traceRefusals()).isEmpty();
    }

    @Test
    void issuesOfUnmappedTypesAndProjectsWithoutMappingAreLeftAlone() {
        created(1, BUG, "Crash", "Open");
        MutableIssue elsewhere = jira.issue(2, "RSK", HAZARD, "Shock", "Open");
        listener.onIssueEvent(MockJira.event(elsewhere, EventType.ISSUE_CREATED_ID, alice));

        assertThat(graph().items).isEmpty();
        assertThat(stores.graphs).doesNotContainKey("RSK");
        assertThat(traceRefusals()).isEmpty();
    }

    @Test
    void linksOfMappedTypesBecomeTraceLinksInTheMappedDirection() {
        chain();

        assertThat(graph().links).containsExactly(new TraceLink("1", LinkType.LEADS_TO, "2"),
                new TraceLink("2", LinkType.MITIGATED_BY, "3"), new TraceLink("3", LinkType.VERIFIED_BY, "4"));
        assertThat(traceRefusals()).isEmpty();
    }

    @Test
    void linksOfUnmappedTypesAreIgnored() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats", "Open");
        MutableIssue situation = created(2, SITUATION, "Hot surface", "Open");

        linked(11, hazard, situation, RELATES);

        assertThat(graph().links).isEmpty();
        assertThat(traceRefusals()).isEmpty();
    }

    @Test
    void aLinkTheLinkRulesRefuseDoesNotThrowIsNotTracedAndIsRecorded() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats", "Open");
        MutableIssue test = created(4, TEST, "Cut-off test", "To Do");
        IssueLink wrong = jira.link(11, hazard, test, LEADS_TO);

        assertThatCode(() -> listener.onIssueLinkCreated(new IssueLinkCreatedEvent(wrong, NOW)))
                .doesNotThrowAnyException();

        assertThat(graph().links).isEmpty();
        assertThat(traceRefusals()).singleElement().satisfies(r -> {
            assertThat(r.projectKey()).isEqualTo("INF");
            assertThat(r.code()).isEqualTo("link_not_allowed");
            assertThat(r.subject()).isEqualTo("INF-1 —LEADS_TO→ INF-4");
            assertThat(r.message()).contains("INF-1").contains("INF-4");
            assertThat(r.hint()).contains("HAZARDOUS_SITUATION");
            assertThat(r.at()).isEqualTo(NOW);
        });
    }

    @Test
    void aLinkToAnIssueThatIsNotATraceItemIsRecordedNotTraced() {
        MutableIssue control = created(3, CONTROL, "Thermal cut-off", "Open");
        MutableIssue bug = created(5, BUG, "Crash", "Open");

        linked(11, bug, control, TESTS);

        assertThat(graph().links).isEmpty();
        assertThat(traceRefusals()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(SyncRefusal.NOT_A_TRACE_ITEM);
            assertThat(r.message()).contains("INF-5").contains("Bug");
        });
    }

    @Test
    void aLinkToAnotherProjectIsRecordedNotTraced() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats", "Open");
        MutableIssue elsewhere = jira.issue(2, "RSK", SITUATION, "Shock", "Open");

        linked(11, hazard, elsewhere, LEADS_TO);

        assertThat(graph().links).isEmpty();
        assertThat(traceRefusals()).singleElement().extracting(SyncRefusal::code)
                .isEqualTo(SyncRefusal.CROSS_PROJECT_LINK);
    }

    @Test
    void aLinkBetweenIssuesTheTraceDoesNotHaveYetAddsThemFirst() {
        MutableIssue hazard = jira.issue(1, "INF", HAZARD, "Heater overheats", "Open");
        MutableIssue situation = jira.issue(2, "INF", SITUATION, "Hot surface", "Open");

        linked(11, hazard, situation, LEADS_TO);

        assertThat(graph().items).containsOnlyKeys("1", "2");
        assertThat(graph().links).containsExactly(new TraceLink("1", LinkType.LEADS_TO, "2"));
    }

    @Test
    void aRepeatedLinkEventChangesNothing() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats", "Open");
        MutableIssue situation = created(2, SITUATION, "Hot surface", "Open");
        IssueLink link = linked(11, hazard, situation, LEADS_TO);

        listener.onIssueLinkCreated(new IssueLinkCreatedEvent(link, NOW));

        assertThat(graph().links).hasSize(1);
        assertThat(traceRefusals()).isEmpty();
    }

    @Test
    void anUpdateOfAMappedIssueMarksTheTraceDownstreamSuspectThroughTheRealRule() {
        MutableIssue[] issues = chain();
        TraceItem before = graph().items.get("1");
        when(issues[0].getSummary()).thenReturn("Heater overheats above 45 °C");

        updated(issues[0], alice);

        TraceItem after = graph().items.get("1");
        assertThat(after.title()).isEqualTo("Heater overheats above 45 °C");
        assertThat(suspects().marks).containsOnlyKeys(new TraceLink("1", LinkType.LEADS_TO, "2"),
                new TraceLink("2", LinkType.MITIGATED_BY, "3"), new TraceLink("3", LinkType.VERIFIED_BY, "4"));
        SuspectMark mark = suspects().marks.get(new TraceLink("2", LinkType.MITIGATED_BY, "3"));
        assertThat(mark.changedItemId()).isEqualTo("1");
        assertThat(mark.changedBy()).isEqualTo("u-alice");
        assertThat(mark.changedAt()).isEqualTo(NOW);
        assertThat(mark.hashBefore()).isEqualTo(TraceItemHash.of(before));
        assertThat(mark.hashAfter()).isEqualTo(TraceItemHash.of(after));
    }

    @Test
    void anUpdateMidwayMarksOnlyWhatIsDownstreamAndKeepsEarlierMarks() {
        MutableIssue[] issues = chain();
        when(issues[2].getDescription()).thenReturn("Cut-off at 42 °C");
        updated(issues[2], alice);
        SuspectMark first = suspects().marks.get(new TraceLink("3", LinkType.VERIFIED_BY, "4"));

        when(issues[1].getSummary()).thenReturn("Patient touches the hot surface");
        ApplicationUser bob = MockJira.user("u-bob");
        updated(issues[1], bob);

        assertThat(suspects().marks).containsOnlyKeys(new TraceLink("3", LinkType.VERIFIED_BY, "4"),
                new TraceLink("2", LinkType.MITIGATED_BY, "3"));
        assertThat(suspects().marks.get(new TraceLink("3", LinkType.VERIFIED_BY, "4"))).isEqualTo(first);
        assertThat(suspects().marks.get(new TraceLink("2", LinkType.MITIGATED_BY, "3")).changedBy())
                .isEqualTo("u-bob");
    }

    @Test
    void anEventThatChangesNothingTraceRelevantWritesNothing() {
        MutableIssue[] issues = chain();
        int writes = graph().writes;

        updated(issues[0], alice);
        listener.onIssueEvent(MockJira.event(issues[0], 6L, alice));

        assertThat(graph().writes).isEqualTo(writes);
        assertThat(suspects().marks).isEmpty();
    }

    @Test
    void aKeyChangeIsSavedButMarksNothing() {
        MutableIssue[] issues = chain();
        when(issues[0].getKey()).thenReturn("INF-101");

        updated(issues[0], alice);

        assertThat(graph().items.get("1").key()).isEqualTo("INF-101");
        assertThat(suspects().marks).isEmpty();
    }

    @Test
    void aWorkflowTransitionOfAVerificationUpdatesItsStatus() {
        MutableIssue[] issues = chain();
        var passed = MockJira.status("Passed");
        when(issues[3].getStatus()).thenReturn(passed);

        listener.onIssueEvent(MockJira.event(issues[3], 5L, alice));

        assertThat(graph().items.get("4").status()).isEqualTo(VerificationStatus.PASSED);
        assertThat(suspects().marks).as("nothing is downstream of a test").isEmpty();
    }

    @Test
    void anUpdateWithoutUserIsAttributedToJira() {
        MutableIssue[] issues = chain();
        when(issues[2].getSummary()).thenReturn("Thermal fuse");

        updated(issues[2], null);

        assertThat(suspects().marks.values()).extracting(SuspectMark::changedBy)
                .containsExactly(JiraTraceListener.UNKNOWN_ACTOR);
    }

    @Test
    void anUpdateKeepsTheAcceptabilityTheRiskFileGave() {
        MutableIssue[] issues = chain();
        graph().saveItem(graph().items.get("2").withAcceptability(RiskAcceptability.UNACCEPTABLE));
        when(issues[1].getSummary()).thenReturn("Patient touches the hot surface");

        updated(issues[1], alice);

        assertThat(graph().items.get("2").acceptability()).isEqualTo(RiskAcceptability.UNACCEPTABLE);
    }

    @Test
    void aDeletedIssueLeavesTheTraceWithItsLinksAndTheirMarks() {
        MutableIssue[] issues = chain();
        when(issues[0].getSummary()).thenReturn("Heater overheats above 45 °C");
        updated(issues[0], alice);
        jira.delete(issues[2]);

        listener.onIssueEvent(MockJira.event(issues[2], EventType.ISSUE_DELETED_ID, alice));

        assertThat(graph().items).containsOnlyKeys("1", "2", "4");
        assertThat(graph().links).containsExactly(new TraceLink("1", LinkType.LEADS_TO, "2"));
        assertThat(suspects().marks).containsOnlyKeys(new TraceLink("1", LinkType.LEADS_TO, "2"));
        assertThat(traceRefusals()).isEmpty();
    }

    @Test
    void aDeletedLinkLeavesTheTraceWithItsMark() {
        MutableIssue[] issues = chain();
        when(issues[0].getSummary()).thenReturn("Heater overheats above 45 °C");
        updated(issues[0], alice);
        IssueLink mitigation = jira.issueLinkManager.getInwardLinks(2L).stream()
                .filter(l -> l.getLinkTypeId() == MITIGATES).findFirst().orElseThrow();
        jira.unlink(mitigation);

        listener.onIssueLinkDeleted(new IssueLinkDeletedEvent(mitigation, NOW));

        assertThat(graph().links).containsExactly(new TraceLink("1", LinkType.LEADS_TO, "2"),
                new TraceLink("3", LinkType.VERIFIED_BY, "4"));
        assertThat(suspects().marks).doesNotContainKey(new TraceLink("2", LinkType.MITIGATED_BY, "3"));
        assertThat(suspects().marks).hasSize(2);
    }

    @Test
    void aDeletedLinkOfAnUnmappedTypeOrNotInTheTraceChangesNothing() {
        MutableIssue[] issues = chain();
        IssueLink relates = jira.link(20, issues[0], issues[1], RELATES);
        IssueLink refused = jira.link(21, issues[0], issues[3], LEADS_TO);
        int writes = graph().writes;

        listener.onIssueLinkDeleted(new IssueLinkDeletedEvent(relates, NOW));
        listener.onIssueLinkDeleted(new IssueLinkDeletedEvent(refused, NOW));

        assertThat(graph().writes).isEqualTo(writes);
        assertThat(graph().links).hasSize(3);
    }

    @Test
    void anIssueWhoseTypeBecomesUnmappedLeavesTheTrace() {
        MutableIssue[] issues = chain();
        when(issues[3].getIssueType()).thenReturn(BUG);

        updated(issues[3], alice);

        assertThat(graph().items).doesNotContainKey("4");
        assertThat(graph().links).doesNotContain(new TraceLink("3", LinkType.VERIFIED_BY, "4"));
    }

    @Test
    void anIssueWhoseTypeBecomesMappedJoinsTheTraceWithItsAllowedLinks() {
        MutableIssue control = created(3, CONTROL, "Thermal cut-off", "Open");
        MutableIssue hazard = created(1, HAZARD, "Heater overheats", "Open");
        MutableIssue bug = created(4, BUG, "Cut-off test", "Done");
        jira.link(13, bug, control, TESTS);
        jira.link(14, hazard, bug, LEADS_TO);
        assertThat(graph().items).doesNotContainKey("4");

        when(bug.getIssueType()).thenReturn(TEST);
        updated(bug, alice);

        assertThat(graph().items.get("4").status()).isEqualTo(VerificationStatus.PASSED);
        assertThat(graph().links).containsExactly(new TraceLink("3", LinkType.VERIFIED_BY, "4"));
        assertThat(traceRefusals()).singleElement().extracting(SyncRefusal::code).isEqualTo("link_not_allowed");
    }

    @Test
    void anIssueWhoseTypeNowMapsToAnotherRoleBecomesANewItemOfThatRole() {
        MutableIssue[] issues = chain();
        when(issues[1].getIssueType()).thenReturn(CONTROL);

        updated(issues[1], alice);

        assertThat(graph().items.get("2").role()).isEqualTo(ItemRole.RISK_CONTROL);
        assertThat(graph().links).as("HAZARD —LEADS_TO→ RISK_CONTROL and RC —MITIGATED_BY→ RC are refused")
                .containsExactly(new TraceLink("3", LinkType.VERIFIED_BY, "4"));
        assertThat(traceRefusals()).extracting(SyncRefusal::code).containsOnly("link_not_allowed").hasSize(2);
    }

    @Test
    void aFailingStoreDoesNotThrowOutOfTheListenerAndIsRecorded() {
        MutableIssue hazard = jira.issue(1, "INF", HAZARD, "Heater overheats", "Open");
        InMemoryProjectStores broken = new InMemoryProjectStores() {
            @Override
            public void inTransaction(Runnable work) {
                throw new IllegalStateException("database down");
            }
        };
        broken.mappings.putAll(stores.mappings);
        JiraTraceListener failing = new JiraTraceListener(publisher, jira.issueManager, jira.issueLinkManager,
                broken, audit, refusals::add, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatCode(() -> failing.onIssueEvent(MockJira.event(hazard, EventType.ISSUE_CREATED_ID, alice)))
                .doesNotThrowAnyException();

        assertThat(traceRefusals()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(SyncRefusal.SYNC_FAILED);
            assertThat(r.subject()).isEqualTo("INF-1");
            assertThat(r.message()).contains("database down");
        });
    }

    @Test
    void aFailingRefusalStoreDoesNotThrowOutOfTheListener() {
        MutableIssue hazard = created(1, HAZARD, "Heater overheats", "Open");
        MutableIssue test = created(4, TEST, "Cut-off test", "To Do");
        IssueLink wrong = jira.link(11, hazard, test, LEADS_TO);
        JiraTraceListener failing = new JiraTraceListener(publisher, jira.issueManager, jira.issueLinkManager,
                stores, audit, r -> {
                    throw new IllegalStateException("refusal store down");
                }, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatCode(() -> failing.onIssueLinkCreated(new IssueLinkCreatedEvent(wrong, NOW)))
                .doesNotThrowAnyException();
    }

    @Test
    void eventsWithoutIssueOrLinkAreIgnored() {
        assertThatCode(() -> {
            listener.onIssueEvent(null);
            listener.onIssueEvent(MockJira.event(null, EventType.ISSUE_CREATED_ID, alice));
            listener.onIssueLinkCreated(null);
            listener.onIssueLinkCreated(new IssueLinkCreatedEvent(null, NOW));
            listener.onIssueLinkDeleted(new IssueLinkDeletedEvent(null, NOW));
        }).doesNotThrowAnyException();
        assertThat(traceRefusals()).isEmpty();
    }

    @Test
    @Clause("21CFR11.10(e)")
    @Clause("IEC62304-8.2.3")
    void everyTraceChangeIsAuditedInTheTransactionOfTheChangeWithTheEventsUser() {
        MutableIssue[] issues = chain();

        assertThat(audit.actions()).containsExactly(TraceActions.ITEM_ADDED, TraceActions.ITEM_ADDED,
                TraceActions.ITEM_ADDED, TraceActions.ITEM_ADDED, TraceActions.LINK_ADDED, TraceActions.LINK_ADDED,
                TraceActions.LINK_ADDED);
        assertThat(audit.trace()).allSatisfy(e -> {
            assertThat(e.projectKey()).isEqualTo("INF");
            assertThat(e.transaction()).as("joined the transaction of the change").isPositive();
        });
        RecordedAudit.Entry added = audit.trace().get(0);
        assertThat(added.actorKey()).isEqualTo("u-alice");
        assertThat(added.data().get("itemId").asText()).isEqualTo("1");
        assertThat(added.data().get("key").asText()).isEqualTo("INF-1");
        assertThat(added.data().get("role").asText()).isEqualTo("HAZARD");
        assertThat(added.data().get("contentHash").asText()).isEqualTo(TraceItemHash.of(graph().items.get("1")));
        RecordedAudit.Entry linked = audit.trace().get(5);
        assertThat(linked.actorKey()).as("Jira's link events name no user").isEqualTo(JiraTraceListener.UNKNOWN_ACTOR);
        assertThat(linked.data().get("from").asText()).isEqualTo("2");
        assertThat(linked.data().get("type").asText()).isEqualTo("MITIGATED_BY");
        assertThat(linked.data().get("to").asText()).isEqualTo("3");
        assertThat(linked.data().get("fromKey").asText()).isEqualTo("INF-2");

        audit.entries.clear();
        TraceItem before = graph().items.get("1");
        when(issues[0].getSummary()).thenReturn("Heater overheats above 45 °C");
        updated(issues[0], MockJira.user("u-bob"));

        assertThat(audit.actions()).containsExactly(TraceActions.ITEM_CHANGED, TraceActions.LINKS_SUSPECTED);
        assertThat(audit.trace()).extracting(RecordedAudit.Entry::actorKey).containsOnly("u-bob");
        assertThat(audit.trace()).extracting(RecordedAudit.Entry::transaction).containsOnly(stores.transactions);
        RecordedAudit.Entry changed = audit.trace().get(0);
        assertThat(changed.data().at("/changes/title/old").asText()).isEqualTo("Heater overheats");
        assertThat(changed.data().at("/changes/title/new").asText()).isEqualTo("Heater overheats above 45 °C");
        assertThat(changed.data().at("/changes/contentHash/old").asText()).isEqualTo(TraceItemHash.of(before));
        assertThat(changed.data().at("/changes/key").isMissingNode()).as("only what changed").isTrue();
        RecordedAudit.Entry suspected = audit.trace().get(1);
        assertThat(suspected.data().get("changedItemId").asText()).isEqualTo("1");
        assertThat(suspected.data().get("count").asInt()).isEqualTo(3);
        assertThat(suspected.data().get("links")).hasSize(3);

        audit.entries.clear();
        jira.delete(issues[2]);
        listener.onIssueEvent(MockJira.event(issues[2], EventType.ISSUE_DELETED_ID, alice));

        assertThat(audit.actions()).containsExactly(TraceActions.LINK_REMOVED, TraceActions.LINK_REMOVED,
                TraceActions.ITEM_REMOVED);
        assertThat(audit.trace()).extracting(RecordedAudit.Entry::transaction).containsOnly(stores.transactions);
        assertThat(audit.trace()).extracting(e -> e.data().get("reason").asText()).allMatch(r -> r.contains("deleted"));
        assertThat(audit.trace().subList(0, 2)).allSatisfy(e ->
                assertThat(e.data().get("suspectMarkDropped").asBoolean()).isTrue());
    }

    @Test
    void aDeletedLinkIsAuditedWithWhetherItsSuspectMarkWasDropped() {
        MutableIssue[] issues = chain();
        IssueLink leadsTo = jira.issueLinkManager.getOutwardLinks(1L).get(0);
        audit.entries.clear();

        listener.onIssueLinkDeleted(new IssueLinkDeletedEvent(leadsTo, NOW));

        assertThat(audit.trace()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(TraceActions.LINK_REMOVED);
            assertThat(e.data().get("from").asText()).isEqualTo("1");
            assertThat(e.data().get("suspectMarkDropped").asBoolean()).isFalse();
            assertThat(e.transaction()).isPositive();
        });
    }

    @Test
    void nothingIsAuditedWhenNothingChanges() {
        MutableIssue[] issues = chain();
        audit.entries.clear();

        updated(issues[0], alice);
        listener.onIssueLinkCreated(new IssueLinkCreatedEvent(jira.issueLinkManager.getOutwardLinks(1L).get(0), NOW));

        assertThat(audit.trace()).isEmpty();
    }

    @Test
    void aRefusalNamesTheUserWhoseChangeWasNotFollowed() {
        chain();
        MutableIssue bug = jira.issue(5, "INF", BUG, "Crash", "Open");
        jira.link(15, bug, jira.issueManager.getIssueObject(3L), TESTS);
        when(bug.getIssueType()).thenReturn(TEST);
        when(jira.issueManager.getIssueObject(5L).getSummary()).thenReturn("Crash test");
        jira.link(16, jira.issueManager.getIssueObject(1L), bug, LEADS_TO);

        updated(bug, MockJira.user("u-bob"));

        assertThat(traceRefusals()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("link_not_allowed");
            assertThat(r.actorKey()).isEqualTo("u-bob");
        });
        assertThat(audit.actions()).endsWith(TraceActions.ITEM_ADDED, TraceActions.LINK_ADDED);
    }

    @Test
    void anEventReadsOnlyTheItemItsLinksAndItsDownstreamNeverTheWholeTrace() {
        MutableIssue[] issues = chain();
        when(issues[0].getSummary()).thenReturn("Heater overheats above 45 °C");
        updated(issues[0], alice);
        when(issues[3].getIssueType()).thenReturn(BUG);
        updated(issues[3], alice);
        listener.onIssueLinkDeleted(new IssueLinkDeletedEvent(jira.issueLinkManager.getOutwardLinks(1L).get(0), NOW));
        jira.delete(issues[2]);
        listener.onIssueEvent(MockJira.event(issues[2], EventType.ISSUE_DELETED_ID, alice));

        assertThat(graph().wholeReads).isZero();
        assertThat(suspects().wholeReads).isZero();
        assertThat(graph().items).containsOnlyKeys("1", "2");
        assertThat(graph().links).isEmpty();
        assertThat(suspects().marks).isEmpty();
    }

    @Test
    @Clause("21CFR11.10(e)")
    void anIssueMovedToAnotherTracedProjectLeavesTheOldTraceAndJoinsTheNewOne() {
        stores.mappings.put("RSK", new ProjectTraceMapping("RSK", 1, Map.of("10002", ItemRole.HAZARDOUS_SITUATION),
                Map.of(), VerificationStatusRule.DEFAULT));
        MutableIssue[] issues = chain();
        when(issues[0].getSummary()).thenReturn("Heater overheats above 45 °C");
        updated(issues[0], alice);
        audit.entries.clear();
        MutableIssue situation = issues[1];
        var rsk = jira.project("RSK");
        when(situation.getProjectObject()).thenReturn(rsk);
        when(situation.getKey()).thenReturn("RSK-7");

        updated(situation, MockJira.user("u-bob"));

        assertThat(graph().items).containsOnlyKeys("1", "3", "4");
        assertThat(graph().links).containsExactly(new TraceLink("3", LinkType.VERIFIED_BY, "4"));
        assertThat(suspects().marks).containsOnlyKeys(new TraceLink("3", LinkType.VERIFIED_BY, "4"));
        assertThat(graph("RSK").items).containsOnlyKeys("2");
        assertThat(graph("RSK").items.get("2").key()).isEqualTo("RSK-7");
        assertThat(graph("RSK").links).as("its Jira links now join two projects").isEmpty();
        assertThat(audit.trace()).extracting(RecordedAudit.Entry::projectKey, RecordedAudit.Entry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INF", TraceActions.LINK_REMOVED),
                        org.assertj.core.groups.Tuple.tuple("INF", TraceActions.LINK_REMOVED),
                        org.assertj.core.groups.Tuple.tuple("INF", TraceActions.ITEM_REMOVED),
                        org.assertj.core.groups.Tuple.tuple("RSK", TraceActions.ITEM_ADDED));
        assertThat(audit.trace().get(2).data().get("reason").asText()).contains("moved to project RSK");
        assertThat(audit.trace()).extracting(RecordedAudit.Entry::actorKey).containsOnly("u-bob");
    }

    @Test
    void anIssueMovedToAnUntracedProjectOnlyLeavesTheOldTrace() {
        MutableIssue[] issues = chain();
        var ops = jira.project("OPS");
        when(issues[3].getProjectObject()).thenReturn(ops);
        when(issues[3].getKey()).thenReturn("OPS-1");

        updated(issues[3], alice);

        assertThat(graph().items).containsOnlyKeys("1", "2", "3");
        assertThat(graph().links).hasSize(2);
        assertThat(stores.graphs).doesNotContainKey("OPS");
        assertThat(traceRefusals()).isEmpty();
    }

    @Test
    void aFailedEventIsRecordedAsOneRefusalWithoutTheRefusalsOfItsRolledBackWork() {
        MutableIssue control = created(3, CONTROL, "Thermal cut-off", "Open");
        MutableIssue hazard = created(1, HAZARD, "Heater overheats", "Open");
        MutableIssue bug = created(4, BUG, "Cut-off test", "Done");
        jira.link(14, bug, hazard, LEADS_TO);
        jira.link(13, bug, control, TESTS);
        InMemoryProjectStores.Graph real = graph();
        InMemoryProjectStores.Graph failingGraph = new InMemoryProjectStores.Graph() {
            @Override
            public void saveLink(TraceLink link) {
                throw new IllegalStateException("database down");
            }
        };
        failingGraph.items.putAll(real.items);
        InMemoryProjectStores failing = new InMemoryProjectStores() {
            @Override
            public Graph traceGraph(String projectKey) {
                return failingGraph;
            }
        };
        failing.mappings.putAll(stores.mappings);
        JiraTraceListener listener = new JiraTraceListener(publisher, jira.issueManager, jira.issueLinkManager,
                failing, audit, refusals::add, Clock.fixed(NOW, ZoneOffset.UTC));
        when(bug.getIssueType()).thenReturn(TEST);

        listener.onIssueEvent(MockJira.event(bug, EventType.ISSUE_UPDATED_ID, alice));

        assertThat(traceRefusals())
                .as("not the link_not_allowed of VERIFICATION —LEADS_TO→ HAZARD met before the failure")
                .singleElement().satisfies(r -> {
                    assertThat(r.code()).isEqualTo(SyncRefusal.SYNC_FAILED);
                    assertThat(r.actorKey()).isEqualTo("u-alice");
                    assertThat(r.message()).contains("database down");
                });
    }
}
