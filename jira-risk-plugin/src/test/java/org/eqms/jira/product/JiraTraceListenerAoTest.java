package org.eqms.jira.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.app.TraceActions;
import org.eqms.jira.mapping.LinkTypeMapping;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.VerificationStatusRule;
import org.eqms.jira.mapping.ao.AoProjectTraceMappingStore;
import org.eqms.jira.store.JiraEntities;
import org.eqms.jira.wiring.JiraRiskApp;
import org.eqms.rest.testing.HeaderUserManager;
import org.eqms.jira.app.RiskAnalysis;
import org.eqms.risk.Harm;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskEstimate;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.RiskRepository;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningPolicyStore;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkReview;
import org.eqms.trace.LinkType;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;

/**
 * The listener wired to the app's real ports ({@link JiraRiskApp}: Active Objects stores, the shared ledger) on
 * HSQLDB and (when configured) PostgreSQL; only Jira's issues, links and events are stood in for ({@link MockJira}).
 */
class JiraTraceListenerAoTest {
    private static final IssueType HAZARD = MockJira.type("10001", "Hazard");
    private static final IssueType SITUATION = MockJira.type("10002", "Hazardous situation");
    private static final IssueType CONTROL = MockJira.type("10003", "Risk control");
    private static final IssueType TEST = MockJira.type("10005", "Test");
    private static final long LEADS_TO = 10100;
    private static final long MITIGATES = 10101;
    private static final long TESTS = 10102;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
    private final MockJira jira = new MockJira();
    private final HeaderUserManager users = new HeaderUserManager();

    JiraTraceListenerAoTest() {
        users.user("u-alice", "Alice Analyst", false);
        users.user("u-bob", "Bob Builder", false);
    }

    private JiraRiskApp app(ActiveObjects ao) {
        ao.migrate(JiraEntities.array());
        ClusterLockService locks = mock(ClusterLockService.class);
        when(locks.getLockForName(anyString())).thenReturn(mock(ClusterLock.class));
        SigningPolicyStore policies = new SigningPolicyStore() {
            @Override
            public SigningPolicy load() {
                return SigningPolicy.DEFAULT;
            }

            @Override
            public void save(SigningPolicy policy) {
                throw new UnsupportedOperationException();
            }
        };
        ProjectAccess nobody = new ProjectAccess() {
            @Override
            public boolean canBrowse(String userKey, String projectKey) {
                return false;
            }

            @Override
            public boolean canEdit(String userKey, String projectKey) {
                return false;
            }

            @Override
            public boolean canAdminister(String userKey, String projectKey) {
                return false;
            }
        };
        AoProjectTraceMappingStore mappings = new AoProjectTraceMappingStore(ao);
        mappings.save(mapping("INF"), 0);
        mappings.save(mapping("RSK"), 0);
        return new JiraRiskApp(ao, locks, users, policies, TestLedger.KEK, nobody, clock);
    }

    private static ProjectTraceMapping mapping(String projectKey) {
        return new ProjectTraceMapping(projectKey, 0,
                Map.of("10001", ItemRole.HAZARD, "10002", ItemRole.HAZARDOUS_SITUATION, "10003", ItemRole.RISK_CONTROL,
                        "10005", ItemRole.VERIFICATION),
                Map.of(String.valueOf(LEADS_TO), LinkTypeMapping.outward(LinkType.LEADS_TO),
                        String.valueOf(MITIGATES), LinkTypeMapping.inward(LinkType.MITIGATED_BY),
                        String.valueOf(TESTS), LinkTypeMapping.inward(LinkType.VERIFIED_BY)),
                VerificationStatusRule.DEFAULT);
    }

    private JiraTraceListener listener(ProjectStores stores, JiraRiskApp app) {
        return new JiraTraceListener(mock(EventPublisher.class), jira.issueManager, jira.issueLinkManager, stores, app,
                app, clock);
    }

    /** HAZ(1) —LEADS_TO→ HS(2) —MITIGATED_BY→ RC(3) —VERIFIED_BY→ TC(4), created by Alice. */
    private MutableIssue[] chain(JiraTraceListener listener) {
        MutableIssue[] issues = {jira.issue(1, "INF", HAZARD, "Heater overheats", "Open"),
                jira.issue(2, "INF", SITUATION, "Patient touches hot surface", "Open"),
                jira.issue(3, "INF", CONTROL, "Thermal cut-off", "Open"),
                jira.issue(4, "INF", TEST, "Cut-off test", "To Do")};
        for (MutableIssue issue : issues) {
            listener.onIssueEvent(MockJira.event(issue, EventType.ISSUE_CREATED_ID, MockJira.user("u-alice")));
        }
        listener.onIssueLinkCreated(new IssueLinkCreatedEvent(jira.link(11, issues[0], issues[1], LEADS_TO),
                clock.instant()));
        listener.onIssueLinkCreated(new IssueLinkCreatedEvent(jira.link(12, issues[2], issues[1], MITIGATES),
                clock.instant()));
        listener.onIssueLinkCreated(new IssueLinkCreatedEvent(jira.link(13, issues[3], issues[2], TESTS),
                clock.instant()));
        return issues;
    }

    /** The ledger's entries on trace projects but the refusals, in chain order (the export verified first). */
    private static List<JsonNode> traceEntries(JiraRiskApp app) {
        return entries(app, TraceActions.OBJECT_TYPE).stream()
                .filter(e -> !e.get("action").asText().equals(TraceActions.SYNC_REFUSED)).toList();
    }

    /** The ledger's refusal entries, in chain order. */
    private static List<JsonNode> refusalEntries(JiraRiskApp app) {
        return entries(app, TraceActions.OBJECT_TYPE).stream()
                .filter(e -> e.get("action").asText().equals(TraceActions.SYNC_REFUSED)).toList();
    }

    /** The ledger's entries on objects of one type, in chain order (the export verified first). */
    private static List<JsonNode> entries(JiraRiskApp app, String objectType) {
        byte[] export = TestLedger.export(app.ledger());
        assertThat(TestLedger.verifyFile(export).valid()).as("the exported ledger verifies").isTrue();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : TestLedger.text(export).split("\n")) {
            try {
                JsonNode node = JSON.readTree(line);
                if ("entry".equals(node.path("kind").asText())
                        && objectType.equals(node.at("/object/type").asText())) {
                    entries.add(node);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    private static List<String> actions(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("action").asText()).toList();
    }

    private static List<TraceLink> links(TraceGraphStore store) {
        try (Stream<TraceLink> links = store.links()) {
            return links.toList();
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    @Clause("IEC62304-8.2.3")
    void eachTraceChangeIsAnEntryOfTheSharedLedgerWithTheJiraUserAsActor(ActiveObjects ao) {
        JiraRiskApp app = app(ao);
        JiraTraceListener listener = listener(app, app);
        MutableIssue[] issues = chain(listener);
        when(issues[0].getSummary()).thenReturn("Heater overheats above 45 °C");
        listener.onIssueEvent(MockJira.event(issues[0], EventType.ISSUE_UPDATED_ID, MockJira.user("u-bob")));
        jira.delete(issues[3]);
        listener.onIssueEvent(MockJira.event(issues[3], EventType.ISSUE_DELETED_ID, MockJira.user("u-bob")));

        List<JsonNode> entries = traceEntries(app);

        assertThat(actions(entries)).containsExactly(TraceActions.ITEM_ADDED, TraceActions.ITEM_ADDED,
                TraceActions.ITEM_ADDED, TraceActions.ITEM_ADDED, TraceActions.LINK_ADDED, TraceActions.LINK_ADDED,
                TraceActions.LINK_ADDED, TraceActions.ITEM_CHANGED, TraceActions.LINKS_SUSPECTED,
                TraceActions.LINK_REMOVED, TraceActions.ITEM_REMOVED);
        assertThat(entries).allSatisfy(e -> assertThat(e.at("/object/id").asText()).isEqualTo("INF"));
        assertThat(entries.get(0).at("/actor/userKey").asText()).isEqualTo("u-alice");
        assertThat(entries.get(0).at("/actor/name").asText()).isEqualTo("Alice Analyst");
        assertThat(entries.get(4).at("/actor/userKey").asText()).isEqualTo(JiraTraceListener.UNKNOWN_ACTOR);
        assertThat(entries.get(7).at("/actor/name").asText()).isEqualTo("Bob Builder");
        assertThat(entries.get(7).at("/data/changes/title/new").asText()).isEqualTo("Heater overheats above 45 °C");
        assertThat(entries.get(8).at("/data/count").asInt()).isEqualTo(3);
        assertThat(entries.get(9).at("/data/suspectMarkDropped").asBoolean()).isTrue();
        assertThat(entries.get(10).at("/data/itemId").asText()).isEqualTo("4");
        assertThat(links(app.traceGraph("INF"))).containsExactly(new TraceLink("1", LinkType.LEADS_TO, "2"),
                new TraceLink("2", LinkType.MITIGATED_BY, "3"));
        try (Stream<SuspectMark> marks = app.suspects("INF").marks()) {
            assertThat(marks.map(SuspectMark::link).toList()).containsExactlyInAnyOrder(
                    new TraceLink("1", LinkType.LEADS_TO, "2"), new TraceLink("2", LinkType.MITIGATED_BY, "3"));
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void aChangeWhoseLastWriteFailsLeavesNeitherTheChangeNorItsAuditEntryAndTheFailureIsAudited(ActiveObjects ao) {
        JiraRiskApp app = app(ao);
        MutableIssue[] issues = chain(listener(app, app));
        ProjectStores failingMarks = new Delegating(app) {
            @Override
            public SuspectLinkStore suspects(String projectKey) {
                SuspectLinkStore real = app.suspects(projectKey);
                return new SuspectLinkStore() {
                    @Override
                    public Stream<SuspectMark> marks() {
                        return real.marks();
                    }

                    @Override
                    public List<SuspectMark> marksOn(Collection<TraceLink> links) {
                        return real.marksOn(links);
                    }

                    @Override
                    public void saveMarks(Collection<SuspectMark> marks) {
                        throw new IllegalStateException("disk full");
                    }

                    @Override
                    public void saveReview(LinkReview review) {
                        real.saveReview(review);
                    }

                    @Override
                    public void forget(TraceLink link) {
                        real.forget(link);
                    }
                };
            }
        };
        when(issues[0].getSummary()).thenReturn("Heater overheats above 45 °C");

        listener(failingMarks, app).onIssueEvent(MockJira.event(issues[0], EventType.ISSUE_UPDATED_ID,
                MockJira.user("u-bob")));

        assertThat(app.traceGraph("INF").item("1").map(TraceItem::title)).contains("Heater overheats");
        assertThat(actions(traceEntries(app))).doesNotContain(TraceActions.ITEM_CHANGED,
                TraceActions.LINKS_SUSPECTED);
        List<JsonNode> refusals = refusalEntries(app);
        JsonNode refused = refusals.get(refusals.size() - 1);
        assertThat(refused.at("/data/code").asText()).isEqualTo(SyncRefusal.SYNC_FAILED);
        assertThat(refused.at("/data/message").asText()).contains("disk full");
        assertThat(refused.at("/data/subject").asText()).isEqualTo("INF-1");
        assertThat(refused.at("/actor/userKey").asText()).isEqualTo("u-bob");
    }

    @ActiveObjectsTest
    void aLinkTheTraceDoesNotTakeIsAuditedAsARefusal(ActiveObjects ao) {
        JiraRiskApp app = app(ao);
        JiraTraceListener listener = listener(app, app);
        MutableIssue[] issues = chain(listener);

        listener.onIssueLinkCreated(new IssueLinkCreatedEvent(jira.link(14, issues[0], issues[3], LEADS_TO),
                clock.instant()));

        JsonNode refused = refusalEntries(app).stream().filter(e -> e.at("/data/code").asText()
                .equals("link_not_allowed")).findFirst().orElseThrow();
        assertThat(refused.at("/data/code").asText()).isEqualTo("link_not_allowed");
        assertThat(refused.at("/data/subject").asText()).isEqualTo("INF-1 —LEADS_TO→ INF-4");
        assertThat(refused.at("/data/hint").asText()).contains("HAZARDOUS_SITUATION");
        assertThat(links(app.traceGraph("INF"))).hasSize(3);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void anIssueMovedToAnotherTracedProjectIsFoundInItsOldTraceAndMovesWithItsAudit(ActiveObjects ao) {
        JiraRiskApp app = app(ao);
        JiraTraceListener listener = listener(app, app);
        MutableIssue[] issues = chain(listener);
        var rsk = jira.project("RSK");
        when(issues[2].getProjectObject()).thenReturn(rsk);
        when(issues[2].getKey()).thenReturn("RSK-3");

        listener.onIssueEvent(MockJira.event(issues[2], 9L, MockJira.user("u-bob")));

        assertThat(app.projectsHolding("3")).containsExactly("RSK");
        assertThat(app.traceGraph("RSK").item("3").map(TraceItem::key)).contains("RSK-3");
        assertThat(links(app.traceGraph("INF"))).containsExactly(new TraceLink("1", LinkType.LEADS_TO, "2"));
        List<JsonNode> entries = traceEntries(app);
        List<JsonNode> moved = entries.subList(7, entries.size());
        assertThat(moved).extracting(e -> e.at("/object/id").asText() + " " + e.get("action").asText())
                .containsExactly("INF " + TraceActions.LINK_REMOVED, "INF " + TraceActions.LINK_REMOVED,
                        "INF " + TraceActions.ITEM_REMOVED, "RSK " + TraceActions.ITEM_ADDED);
        assertThat(moved.get(2).at("/data/reason").asText()).contains("moved to project RSK");
    }

    @ActiveObjectsTest
    @Clause("ISO14971-5.4")
    void hazardAndSituationIssuesAreRecordsOfTheRiskAnalysisAuditedAsItsRestWritesAre(ActiveObjects ao) {
        JiraRiskApp app = app(ao);
        chain(listener(app, app));

        assertThat(app.hazards().findHazard("INF", "INF-1")).hasValueSatisfying(h -> {
            assertThat(h.name()).isEqualTo("Heater overheats");
            assertThat(h.category()).isEqualTo(HazardCategory.OPERATIONAL);
        });
        assertThat(app.hazards().findSituation("INF", "INF-2")).hasValueSatisfying(s -> {
            assertThat(s.hazardId()).isEqualTo("INF-1");
            assertThat(s.description()).isEqualTo("Patient touches hot surface");
        });
        List<JsonNode> entries = entries(app, RiskAnalysis.OBJECT_TYPE);
        assertThat(entries).extracting(e -> e.get("action").asText() + " " + e.at("/object/id").asText())
                .containsExactly(RiskAnalysis.HAZARD_SAVED + " INF/INF-1", RiskAnalysis.SITUATION_SAVED + " INF/INF-2");
        assertThat(entries.get(1).at("/actor/userKey").asText()).isEqualTo(JiraTraceListener.UNKNOWN_ACTOR);
        assertThat(refusalEntries(app)).extracting(e -> e.at("/data/code").asText())
                .containsExactly(RiskRecordSync.SITUATION_WITHOUT_HAZARD);
    }

    @ActiveObjectsTest
    @Clause("ISO14971-5.4")
    void aDeletedHazardIssueWhoseHazardHasARiskKeepsTheHazardAndTheRefusalIsAudited(ActiveObjects ao) {
        JiraRiskApp app = app(ao);
        JiraTraceListener listener = listener(app, app);
        MutableIssue[] issues = chain(listener);
        HazardousSituation situation = app.hazards().findSituation("INF", "INF-2").orElseThrow();
        app.risks().save(RiskRecord.analysed("R-1", "INF", situation, new Harm("Burn"),
                RiskEstimate.qualitative(RiskAcceptabilityPolicy.defaults(), 3, 3, 3)));
        jira.delete(issues[0]);

        listener.onIssueEvent(MockJira.event(issues[0], EventType.ISSUE_DELETED_ID, MockJira.user("u-bob")));

        assertThat(app.traceGraph("INF").item("1")).isEmpty();
        assertThat(app.hazards().findHazard("INF", "INF-1")).isPresent();
        assertThat(entries(app, RiskAnalysis.OBJECT_TYPE)).extracting(e -> e.get("action").asText())
                .doesNotContain(RiskAnalysis.HAZARD_DELETED);
        JsonNode refused = refusalEntries(app).get(refusalEntries(app).size() - 1);
        assertThat(refused.at("/data/code").asText()).isEqualTo(RiskRecordSync.RECORD_IN_USE);
        assertThat(refused.at("/data/subject").asText()).isEqualTo("INF-1");
        assertThat(refused.at("/actor/userKey").asText()).isEqualTo("u-bob");
    }

    /** {@link ProjectStores} passing everything to the app; tests override one store. */
    private static class Delegating implements ProjectStores {
        private final JiraRiskApp app;

        Delegating(JiraRiskApp app) {
            this.app = app;
        }

        @Override
        public TraceGraphStore traceGraph(String projectKey) {
            return app.traceGraph(projectKey);
        }

        @Override
        public SuspectLinkStore suspects(String projectKey) {
            return app.suspects(projectKey);
        }

        @Override
        public HazardRepository hazards() {
            return app.hazards();
        }

        @Override
        public RiskRepository risks() {
            return app.risks();
        }

        @Override
        public Optional<ProjectTraceMapping> mapping(String projectKey) {
            return app.mapping(projectKey);
        }

        @Override
        public List<String> projectsHolding(String itemId) {
            return app.projectsHolding(itemId);
        }

        @Override
        public void inTransaction(Runnable work) {
            app.inTransaction(work);
        }
    }
}
