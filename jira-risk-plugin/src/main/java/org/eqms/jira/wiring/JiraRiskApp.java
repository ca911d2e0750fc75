package org.eqms.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.sal.BuiltOnFirstUse;
import org.eqms.signature.TotpEnrolments;
import org.eqms.audit.Actor;
import org.eqms.audit.CheckpointPolicy;
import org.eqms.audit.keys.KeyEncryptionKeySource;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.app.BaselineSigning;
import org.eqms.jira.app.ProjectRisk;
import org.eqms.jira.store.AoBaselineIndex;
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
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.ProjectTraceMappingStore;
import org.eqms.jira.mapping.ao.AoProjectTraceMappingStore;
import org.eqms.jira.product.JiraProjectPermissions;
import org.eqms.jira.product.ProjectStores;
import org.eqms.jira.product.SyncRefusal;
import org.eqms.jira.product.SyncRefusals;
import org.eqms.jira.product.TraceSyncAudit;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.RiskRepository;
import org.eqms.jira.store.AoTraceGraphStore;
import org.eqms.jira.app.TraceActions;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.jira.rest.RiskAppServices;
import org.eqms.rest.Callers;
import org.eqms.rest.notices.NoticeServices;
import org.eqms.rest.audit.AuditExportServices;
import org.eqms.rest.signing.SigningAdministrationServices;
import org.eqms.sal.HomeKeyEncryptionKey;
import org.eqms.sal.PluginSettingsSigningPolicyStore;
import org.eqms.sal.SalSignerDirectory;
import org.eqms.signature.SigningPolicyAdministration;
import org.eqms.signature.SigningPolicyStore;
import org.eqms.store.ao.AoTotpStore;
import org.eqms.store.ao.AoNotices;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.ClusterLedgerLock;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.TraceGraphStore;

import javax.inject.Inject;
import javax.inject.Named;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The risk and traceability app's object graph in Jira, a Spring Scanner component: the shared ledger under a
 * cluster lock (its key-encryption key in the shared home), the AO stores, the traceability service and what the
 * REST resources and the issue listener use. Administrator alerts (signing lockouts, 21 CFR 11.300(d)) go to the
 * in-app notifications shared with the Confluence app ({@link AoNotices}, read at
 * {@code /rest/eqms-risk/1.0/me/notifications} by Jira system administrators) and to the log. Built lazily on first
 * use (Active Objects may not be ready when the plugin's beans are created); no static state.
 */
@Named
public class JiraRiskApp implements RiskAppServices.Source, SigningAdministrationServices.Source, NoticeServices.Source,
        AuditExportServices.Source,
        ProjectStores, TraceSyncAudit, SyncRefusals {
    private static final System.Logger LOG = System.getLogger(JiraRiskApp.class.getName());

    private final ActiveObjects ao;
    private final ClusterLockService clusterLocks;
    private final UserManager userManager;
    private final SigningPolicyStore policies;
    private final KeyEncryptionKeySource kek;
    private final ProjectAccess access;
    private final Clock clock;
    private final ControlledDocumentDirectory documents;
    private final BuiltOnFirstUse<Graph> graph = new BuiltOnFirstUse<>(this::build);

    @Inject
    public JiraRiskApp(@ComponentImport ActiveObjects ao, @ComponentImport ClusterLockService clusterLocks,
                       @ComponentImport UserManager userManager,
                       @ComponentImport PluginSettingsFactory pluginSettings,
                       @ComponentImport ApplicationProperties applicationProperties,
                       JiraProjectPermissions access) {
        this(ao, clusterLocks, userManager, new PluginSettingsSigningPolicyStore(pluginSettings),
                new HomeKeyEncryptionKey(Objects.requireNonNull(applicationProperties, "applicationProperties"),
                        new SecureRandom()), access, Clock.systemUTC());
    }

    /** For tests and the sandbox: a given signing policy store, key-encryption key, access rule and clock. */
    public JiraRiskApp(ActiveObjects ao, ClusterLockService clusterLocks, UserManager userManager,
                       SigningPolicyStore policies, KeyEncryptionKeySource kek, ProjectAccess access, Clock clock) {
        this(ao, clusterLocks, userManager, policies, kek, access, clock, ControlledDocumentDirectory.NONE);
    }

    /** For a host that can see the Confluence app (the sandbox): risk control references resolve in its directory. */
    public JiraRiskApp(ActiveObjects ao, ClusterLockService clusterLocks, UserManager userManager,
                       SigningPolicyStore policies, KeyEncryptionKeySource kek, ProjectAccess access, Clock clock,
                       ControlledDocumentDirectory documents) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.clusterLocks = Objects.requireNonNull(clusterLocks, "clusterLocks");
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.kek = Objects.requireNonNull(kek, "kek");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    @Override
    public RiskAppServices risk() {
        return graph().services();
    }

    @Override
    public SigningAdministrationServices signingAdministration() {
        return graph().administration();
    }

    @Override
    public NoticeServices notices() {
        return graph().notices();
    }

    public AoLedger ledger() {
        return graph().ledger();
    }

    /** What the audit-trail export endpoint works with: this app's ledger, users' printed names, the caller. */
    @Override
    public AuditExportServices auditExport() {
        AoLedger ledger = ledger();
        SigningAdministrationServices administration = signingAdministration();
        return new AuditExportServices(ledger::exporter, ledger.auditTrail(), ledger::ledgerId,
                administration.actors(), administration.callers());
    }

    @Override
    public TraceGraphStore traceGraph(String projectKey) {
        return graph().stores().graph(projectKey);
    }

    @Override
    public SuspectLinkStore suspects(String projectKey) {
        return graph().stores().suspects(projectKey);
    }

    @Override
    public Optional<ProjectTraceMapping> mapping(String projectKey) {
        return graph().mappings().current(projectKey);
    }

    @Override
    public HazardRepository hazards() {
        return new AoHazardRepository(ao);
    }

    @Override
    public RiskRepository risks() {
        return new AoRiskRepository(ao);
    }

    @Override
    public List<String> projectsHolding(String itemId) {
        return AoTraceGraphStore.projectsHolding(ao, itemId);
    }

    /**
     * Runs the work in one AO transaction, then links the audit records it wrote into the ledger's chain (they are
     * committed with the change; should linking fail, the next drain links them).
     */
    @Override
    public void inTransaction(Runnable work) {
        ao.executeInTransaction(() -> {
            work.run();
            return null;
        });
        try {
            ledger().auditTrail().flush();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "eQMS audit records of a trace sync wait for the next drain", e);
        }
    }

    /** Audits a change of the Jira sync, in the caller's transaction. */
    @Override
    public void record(AuditedObject object, String actorKey, String action, AuditData data) {
        ledger().auditTrail().record(actor(actorKey), action, object, data);
    }

    /** Audits what the trace sync did not take ({@value TraceActions#SYNC_REFUSED}), in a transaction of its own. */
    @Override
    public void record(SyncRefusal refusal) {
        ledger().auditTrail().recordNow(actor(refusal.actorKey()), TraceActions.SYNC_REFUSED,
                AuditedObject.of(TraceActions.OBJECT_TYPE, refusal.projectKey()), AuditData.empty()
                        .put("subject", refusal.subject()).put("code", refusal.code())
                        .put("message", refusal.message()).put("hint", refusal.hint()));
    }

    private Graph graph() {
        return graph.get();
    }

    private Graph build() {
        AoLedger ledger = new AoLedger(ao, kek, new ClusterLedgerLock(clusterLocks), clock, new SecureRandom(),
                CheckpointPolicy.DEFAULT);
        AoTraceStores stores = new AoTraceStores(ao);
        AoProjectTraceMappingStore mappings = new AoProjectTraceMappingStore(ao);
        ProjectTrace trace = new ProjectTrace(stores, ledger.auditTrail(), ledger.transactions(), this::actor, clock);
        SalSignerDirectory signers = new SalSignerDirectory(userManager,
                TotpEnrolments.confirmedIn(new AoTotpStore(ao)));
        AoRiskPlanRepository planStore = new AoRiskPlanRepository(ao);
        AoRiskReportRepository reportStore = new AoRiskReportRepository(ao);
        AoNotices notices = new AoNotices(ao, clock);
        AoLedger.Signing signing = ledger.signing(signers, signers,
                new JiraSignableContent(new AoBaselineIndex(ao), stores, planStore, reportStore),
                alert -> {
                    LOG.log(System.Logger.Level.ERROR, "eQMS admin alert {0} (user {1}): {2}", alert.kind(),
                            alert.userKey(), alert.message());
                    notices.alertAdmins(alert);
                }, policies::load, "eQMS Jira");
        ProjectRisk risk = new ProjectRisk(new AoRiskRepository(ao), new AoHazardRepository(ao), planStore);
        RiskAppServices services = new RiskAppServices(trace, risk, new BaselineSigning(trace, signing.signatures()),
                new RiskPlanning(planStore, signing.signatures(), ledger.auditTrail(), ledger.transactions(), this::actor),
                new RiskReporting(reportStore, risk, signing.signatures(), ledger.auditTrail(), ledger.transactions(),
                        this::actor, clock),
                new RiskAnalysis(new AoRiskRepository(ao), new AoHazardRepository(ao),
                        new AoProductionInformationRepository(ao), documents, risk::policy,
                        ledger.auditTrail(), ledger.transactions(), this::actor, clock),
                new TraceMappingAdministration(mappings, ledger.auditTrail(), ledger.transactions(), this::actor),
                new SigningRoleAdministration(new AoSigningRolesStore(ao),
                        key -> userManager.getUserProfile(new UserKey(key)) != null, ledger.auditTrail(),
                        ledger.transactions(), this::actor),
                access, new Callers(userManager));
        SigningAdministrationServices administration = new SigningAdministrationServices(
                new SigningPolicyAdministration(policies, signers, ledger.auditTrail(), ledger.transactions()),
                signing.lockouts(), signing.totp(), this::actor, new Callers(userManager));
        return new Graph(ledger, stores, mappings, services, administration,
                new NoticeServices(notices, new Callers(userManager)));
    }

    private Actor actor(String userKey) {
        UserProfile profile = userKey == null ? null : userManager.getUserProfile(new UserKey(userKey));
        String name = profile == null || profile.getFullName() == null ? userKey : profile.getFullName();
        return new Actor(userKey, name);
    }

    private record Graph(AoLedger ledger, AoTraceStores stores, ProjectTraceMappingStore mappings,
                         RiskAppServices services, SigningAdministrationServices administration,
                         NoticeServices notices) {
    }
}
