package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.Actor;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.app.BaselineSigning;
import org.eqms.jira.app.ProjectRisk;
import org.eqms.jira.store.AoBaselineIndex;
import org.eqms.jira.wiring.JiraSignableContent;
import org.eqms.rest.notices.NoticeResource;
import org.eqms.rest.notices.NoticeServices;
import org.eqms.rest.signing.SigningAdministrationResource;
import org.eqms.rest.signing.SigningAdministrationServices;
import org.eqms.rest.signing.TotpEnrolmentResource;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningPolicyAdministration;
import org.eqms.signature.SigningPolicyStore;
import org.eqms.store.ao.testing.TestSigningPorts;
import org.eqms.jira.app.ProjectTrace;
import org.eqms.jira.app.RiskAnalysis;
import org.eqms.jira.app.RiskPlanning;
import org.eqms.jira.app.SigningRoleAdministration;
import org.eqms.jira.store.AoSigningRolesStore;
import org.eqms.jira.app.RiskReporting;
import org.eqms.jira.app.TraceMappingAdministration;
import org.eqms.jira.documents.ControlledDocumentDirectory;
import org.eqms.jira.store.AoHazardRepository;
import org.eqms.jira.store.AoProductionInformationRepository;
import org.eqms.jira.store.AoRiskPlanRepository;
import org.eqms.jira.store.AoRiskReportRepository;
import org.eqms.jira.store.AoRiskRepository;
import org.eqms.jira.mapping.ao.AoProjectTraceMappingStore;
import org.eqms.jira.store.JiraEntities;
import org.eqms.jira.wiring.AoTraceStores;
import org.eqms.rest.Callers;
import org.eqms.rest.testing.HeaderUserManager;
import org.eqms.rest.testing.TestRestHost;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.AoNotices;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.VerificationStatus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The traceability app wired with its real AO stores, ledger and application service, its REST resources mounted in
 * Jetty + Jersey; only Jira's permissions and SAL's user manager are stood in for. Project INF holds a small trace:
 * HS-1 (unacceptable) mitigated by RC-1, implemented by IMPL-1 and verified by T-1 (passed); SRS-1 verified by T-2
 * (open); SRS-2 without a test. Users: vera (browses INF), eddie (edits INF), ada (administers INF), olga (nothing).
 */
final class RiskRestFixture implements AutoCloseable {
    static final String PROJECT = "INF";
    /** A second project, empty at first, that vera browses and eddie edits (imports into another project). */
    static final String SECOND = "EXT";
    static final String VERA = "u-vera";
    static final String EDDIE = "u-eddie";
    static final String ADA = "u-ada";
    static final String OLGA = "u-olga";
    /** The controlled documents the fixture's directory knows: SOP-0001 only. */
    static final ControlledDocumentDirectory DOCUMENTS = number -> "SOP-0001".equals(number)
            ? java.util.Optional.of(new ControlledDocumentDirectory.ControlledDocument("Sterile handling", "EFFECTIVE",
                    "https://confluence.example/pages/viewpage.action?pageId=1001"))
            : java.util.Optional.empty();
    /** A Jira system administrator (e-signature administration). */
    static final String ROOT = "u-root";

    final MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
    final AoLedger ledger;
    final AoTraceStores stores;
    final ProjectTrace trace;
    final TestRestHost host;
    final AoRiskReportRepository reports;
    private final HeaderUserManager users = new HeaderUserManager();
    final TestSigningPorts people = TestSigningPorts.standard();
    final AoNotices notices;

    RiskRestFixture(ActiveObjects ao) {
        ao.migrate(JiraEntities.array());
        ledger = TestLedger.on(ao, clock);
        stores = new AoTraceStores(ao);
        Map<String, String> names = Map.of(VERA, "Vera Viewer", EDDIE, "Eddie Editor", ADA, "Ada Admin", OLGA, "Olga Outsider");
        names.forEach((key, name) -> users.user(key, name, false));
        trace = new ProjectTrace(stores, ledger.auditTrail(), ledger.transactions(),
                key -> new Actor(key, names.getOrDefault(key, key)), clock);
        people.user(EDDIE, "eddie", "Eddie Editor", "eddie-pw", false);
        people.user(ADA, "ada", "Ada Admin", "ada-pw", false);
        AoRiskPlanRepository plans = new AoRiskPlanRepository(ao);
        reports = new AoRiskReportRepository(ao);
        notices = new AoNotices(ao, clock);
        AoLedger.Signing signing = ledger.signing(people, people,
                new JiraSignableContent(new AoBaselineIndex(ao), stores, plans, reports), alert -> {
                    people.alertAdmins(alert);
                    notices.alertAdmins(alert);
                }, () -> SigningPolicy.DEFAULT, "eQMS Jira");
        ProjectRisk risk = new ProjectRisk(new AoRiskRepository(ao), new AoHazardRepository(ao), plans);
        RiskAppServices services = new RiskAppServices(trace, risk,
                new BaselineSigning(trace, signing.signatures()),
                new RiskPlanning(plans, signing.signatures(), ledger.auditTrail(), ledger.transactions(),
                        key -> new Actor(key, names.getOrDefault(key, key))),
                new RiskReporting(reports, risk, signing.signatures(), ledger.auditTrail(), ledger.transactions(),
                        key -> new Actor(key, names.getOrDefault(key, key)), clock),
                new RiskAnalysis(new AoRiskRepository(ao), new AoHazardRepository(ao),
                        new AoProductionInformationRepository(ao), DOCUMENTS,
                        project -> new ProjectRisk(new AoRiskRepository(ao), new AoHazardRepository(ao), plans).policy(project),
                        ledger.auditTrail(), ledger.transactions(), key -> new Actor(key, names.getOrDefault(key, key)), clock),
                new TraceMappingAdministration(new AoProjectTraceMappingStore(ao), ledger.auditTrail(),
                        ledger.transactions(), key -> new Actor(key, names.getOrDefault(key, key))),
                new SigningRoleAdministration(new AoSigningRolesStore(ao), names::containsKey, ledger.auditTrail(),
                        ledger.transactions(), key -> new Actor(key, names.getOrDefault(key, key))), access(),
                new Callers(users));
        users.user(ROOT, "Rita Root", true);
        people.user(ROOT, "rita", "Rita Root", "rita-pw", true);
        SigningAdministrationServices administration = new SigningAdministrationServices(
                new SigningPolicyAdministration(new SigningPolicyStore() {
                    private volatile SigningPolicy policy = SigningPolicy.DEFAULT;

                    @Override
                    public SigningPolicy load() {
                        return policy;
                    }

                    @Override
                    public void save(SigningPolicy changed) {
                        policy = changed;
                    }
                }, people, ledger.auditTrail(), ledger.transactions()), signing.lockouts(), signing.totp(),
                key -> new Actor(key, names.getOrDefault(key, key)), new Callers(users));
        host = new TestRestHost("/rest/eqms-risk/1.0", new TraceResource(() -> services),
                new TraceMappingResource(() -> services), new RiskResource(() -> services), new RiskAnalysisResource(() -> services),
                new RiskReportResource(() -> services),
                new ExportResource(() -> services), new ReqifImportResource(() -> services),
                new SigningRolesResource(() -> services),
                new SigningAdministrationResource(() -> administration), new TotpEnrolmentResource(() -> administration),
                new NoticeResource(() -> new NoticeServices(notices, new Callers(users))));
        seed(stores.graph(PROJECT));
    }

    private static ProjectAccess access() {
        Set<String> browse = Set.of(VERA, EDDIE, ADA);
        Set<String> edit = Set.of(EDDIE, ADA);
        return new ProjectAccess() {
            @Override
            public boolean canBrowse(String userKey, String projectKey) {
                return (PROJECT.equals(projectKey) || SECOND.equals(projectKey)) && browse.contains(userKey);
            }

            @Override
            public boolean canEdit(String userKey, String projectKey) {
                return (PROJECT.equals(projectKey) || SECOND.equals(projectKey)) && edit.contains(userKey);
            }

            @Override
            public boolean canAdminister(String userKey, String projectKey) {
                return PROJECT.equals(projectKey) && ADA.equals(userKey);
            }
        };
    }

    private static void seed(TraceGraphStore store) {
        List<TraceItem> items = List.of(
                TraceItem.hazardousSituation("1", "HS-1", "Over-infusion", RiskAcceptability.UNACCEPTABLE),
                TraceItem.of("2", ItemRole.RISK_CONTROL, "RC-1", "Dose limit check"),
                TraceItem.of("3", ItemRole.IMPLEMENTATION, "IMPL-1", "Implement dose limit"),
                TraceItem.verification("4", "T-1", "Dose limit test", VerificationStatus.PASSED),
                TraceItem.of("5", ItemRole.SOFTWARE_REQUIREMENT, "SRS-1", "Limit the dose"),
                TraceItem.verification("6", "T-2", "Limit test", VerificationStatus.OPEN),
                TraceItem.of("7", ItemRole.SOFTWARE_REQUIREMENT, "SRS-2", "Log every dose"));
        items.forEach(store::saveItem);
        List.of(new TraceLink("1", LinkType.MITIGATED_BY, "2"), new TraceLink("2", LinkType.IMPLEMENTED_BY, "3"),
                new TraceLink("2", LinkType.VERIFIED_BY, "4"), new TraceLink("5", LinkType.VERIFIED_BY, "6"))
                .forEach(store::saveLink);
    }

    /** Changes an item as the Jira listener does on an issue update: saved, and its downstream links marked suspect. */
    List<SuspectMark> change(TraceItem after, String actorKey) {
        TraceGraph graph = trace.graph(PROJECT);
        TraceItem before = graph.require(after.id());
        graph.replace(after);
        List<SuspectMark> marks = new SuspectLinks(clock).onChange(graph, before, after, actorKey);
        stores.graph(PROJECT).saveItem(after);
        stores.suspects(PROJECT).saveMarks(marks);
        return marks;
    }

    @Override
    public void close() throws Exception {
        host.close();
    }
}
