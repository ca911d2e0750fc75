package org.eqms.confluence.wiring;

import org.eqms.sal.BuiltOnFirstUse;
import org.eqms.signature.TotpEnrolments;
import org.eqms.confluence.view.ConfluenceI18n;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

import javax.inject.Inject;
import javax.inject.Named;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.sal.HomeKeyEncryptionKey;
import org.eqms.confluence.macro.MacroServices;
import org.eqms.confluence.macro.UiServices;
import org.eqms.view.BundleI18n;
import org.eqms.confluence.view.ConfluenceTemplateRenderer;
import org.eqms.confluence.view.StatusBanner;
import org.eqms.store.ao.AoSignatureStore;
import org.eqms.audit.CheckpointPolicy;
import org.eqms.audit.keys.KeyEncryptionKeySource;
import org.eqms.confluence.pdf.EffectiveRevisionPdf;
import org.eqms.confluence.pdf.PdfLabels;
import org.eqms.confluence.pdf.RevisionPdfExport;
import org.eqms.confluence.product.ConfluenceContentPermissions;
import org.eqms.confluence.product.ConfluencePageSource;
import org.eqms.confluence.product.PageEventListener;
import org.eqms.confluence.product.SalDocumentActors;
import org.eqms.confluence.product.SalGroupMembership;
import org.eqms.confluence.rest.AppServices;
import org.eqms.rest.Callers;
import org.eqms.confluence.rest.DocumentServices;
import org.eqms.rest.audit.AuditExportServices;
import org.eqms.rest.signing.SigningAdministrationServices;
import org.eqms.confluence.store.AoDocumentRepository;
import org.eqms.confluence.store.AoIntegrityAlerts;
import org.eqms.confluence.store.AoNumberSequence;
import org.eqms.confluence.store.AoReminderLog;
import org.eqms.confluence.store.AoReviewConfirmations;
import org.eqms.confluence.store.AoSpaceSettingsStore;
import org.eqms.confluence.store.ClusterNumberLocks;
import org.eqms.confluence.access.ContentPermissions;
import org.eqms.document.ControlledSignableContent;
import org.eqms.document.DocumentActors;
import org.eqms.document.GroupMembership;
import org.eqms.document.PageSource;
import org.eqms.document.DocumentControl;
import org.eqms.document.DocumentRepository;
import org.eqms.document.DocumentSigning;
import org.eqms.document.EffectiveRevisionSigning;
import org.eqms.document.GroupRoster;
import org.eqms.document.PeriodicReviews;
import org.eqms.document.ReaderView;
import org.eqms.document.ReviewReminders;
import org.eqms.document.ScheduledEffectiveDates;
import org.eqms.document.SnapshotIntegrityCheck;
import org.eqms.document.SpaceAdministration;
import org.eqms.document.StoredSpaceConfiguration;
import org.eqms.sal.PluginSettingsSigningPolicyStore;
import org.eqms.sal.SalSignerDirectory;
import org.eqms.signature.Notifier;
import org.eqms.notice.UserNotifier;
import org.eqms.rest.notices.NoticeServices;
import org.eqms.store.ao.AoNotices;
import org.eqms.signature.SigningPolicyAdministration;
import org.eqms.signature.SigningPolicyStore;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.AoTotpStore;
import org.eqms.store.ao.ClusterLedgerLock;

/**
 * The controlled-documents app in Confluence: the one Spring-scanned component that wires the pure core, the AO stores,
 * the audit ledger and the e-signature engine onto the product's services and the product adapters.
 *
 * <p>The object graph is built <em>lazily</em>, on the first call that needs it, once per plugin instance (double-checked
 * under a lock; a failed build is retried on the next call). Nothing is built when Spring creates the bean: Active
 * Objects may not be ready then, and the key-encryption key file is touched only when the ledger first needs it. Nothing
 * is cached beyond this instance (no statics): every node of a cluster builds its own graph on the same database, the
 * same cluster locks and the same key-encryption key file in the shared home.
 *
 * <ul>
 *   <li>Ledger: {@link AoLedger} under the cluster-wide {@link ClusterLedgerLock}, its key-encryption key from
 *       {@link HomeKeyEncryptionKey}.</li>
 *   <li>Document changes under {@link ClusterDocumentLocks}; document numbers under {@link ClusterNumberLocks}.</li>
 *   <li>Group members (training audiences, quorum checks) from Confluence's user accessor
 *       ({@link ConfluenceGroupRoster}); admin alerts and user notifications in the app's own in-app notifications
 *       ({@link AoNotices}, read at {@code /rest/eqms/1.0/me/notifications}): no mail API of Confluence 9.2 could be
 *       verified in Atlassian's javadoc.</li>
 *   <li>Signing: SAL users and password re-authentication ({@link SalSignerDirectory}); users with a confirmed TOTP
 *       enrolment sign with TOTP instead of a password (where SSO leaves them none); what can be signed is the
 *       page's current version or a document's locked effective revision ({@link ControlledSignableContent}); the
 *       signing policy from SAL plugin settings, read at each use so every node sees a change at once.</li>
 * </ul>
 */
@Named
public class ConfluenceApp implements AppServices, SigningAdministrationServices.Source, NoticeServices.Source,
        AuditExportServices.Source,
        PageEventListener.Services, UiServices {
    private static final String TOTP_ISSUER = "eQMS Confluence";

    private final ActiveObjects ao;
    private final ClusterLockService clusterLocks;
    private final UserManager userManager;
    private final SigningPolicyStore policies;
    private final GroupRoster roster;
    private final KeyEncryptionKeySource kek;
    private final PageSource pages;
    private final ContentPermissions permissions;
    private final GroupMembership membership;
    private final DocumentActors actors;
    private final Clock clock;
    private final Notifier notifier;
    private final UserNotifier userNotifier;

    private final BuiltOnFirstUse<Graph> graph = new BuiltOnFirstUse<>(this::build);

    @Inject
    public ConfluenceApp(@ComponentImport ActiveObjects ao,
                         @ComponentImport ClusterLockService clusterLocks,
                         @ComponentImport UserManager userManager,
                         @ComponentImport PluginSettingsFactory pluginSettings,
                         @ComponentImport ApplicationProperties applicationProperties,
                         @ComponentImport UserAccessor userAccessor,
                         ConfluencePageSource pages,
                         ConfluenceContentPermissions permissions,
                         SalGroupMembership membership,
                         SalDocumentActors actors) {
        this(ao, clusterLocks, userManager, pluginSettings, new ConfluenceGroupRoster(userAccessor),
                new HomeKeyEncryptionKey(Objects.requireNonNull(applicationProperties, "applicationProperties"),
                        new SecureRandom()),
                pages, permissions, membership, actors, Clock.systemUTC(), new AoNotices(ao, Clock.systemUTC()),
                new AoNotices(ao, Clock.systemUTC()));
    }

    /** For tests: a given clock and notifiers. */
    ConfluenceApp(ActiveObjects ao, ClusterLockService clusterLocks, UserManager userManager,
                  PluginSettingsFactory pluginSettings, GroupRoster roster, KeyEncryptionKeySource kek,
                  ConfluencePageSource pages,
                  ConfluenceContentPermissions permissions, SalGroupMembership membership, SalDocumentActors actors,
                  Clock clock, Notifier notifier, UserNotifier userNotifier) {
        this(ao, clusterLocks, userManager,
                new PluginSettingsSigningPolicyStore(Objects.requireNonNull(pluginSettings, "pluginSettings")), roster,
                kek, pages, permissions, membership, actors, clock, notifier, userNotifier);
    }

    /**
     * For the sandbox: the app on the document domain's ports instead of Confluence's adapters (pages, content
     * permissions, groups and their members, users' printed names), a given signing policy store, key-encryption
     * key, clock and notifiers. Nothing of Confluence itself is called.
     */
    public ConfluenceApp(ActiveObjects ao, ClusterLockService clusterLocks, UserManager userManager,
                         SigningPolicyStore policies, GroupRoster roster, KeyEncryptionKeySource kek, PageSource pages,
                         ContentPermissions permissions, GroupMembership membership, DocumentActors actors,
                         Clock clock, Notifier notifier, UserNotifier userNotifier) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clusterLocks = Objects.requireNonNull(clusterLocks, "clusterLocks");
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.roster = Objects.requireNonNull(roster, "roster");
        this.kek = Objects.requireNonNull(kek, "kek");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.membership = Objects.requireNonNull(membership, "membership");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.userNotifier = Objects.requireNonNull(userNotifier, "userNotifier");
    }

    /** What the REST resources work with. */
    @Override
    public DocumentServices documents() {
        return graph().documents();
    }

    /** What the global administration endpoints work with (signing policy, lockouts). */
    @Override
    public SigningAdministrationServices signingAdministration() {
        return graph().administration();
    }

    /** What the notifications endpoints work with (each user's notices, the administrators' alerts). */
    @Override
    public NoticeServices notices() {
        return graph().notices();
    }

    /** Document control (also for {@link PageEventListener}). */
    @Override
    public MacroServices macros() {
        return graph().macros();
    }

    @Override
    public StatusBanner banner() {
        return graph().banner();
    }

    public DocumentControl documentControl() {
        return graph().control();
    }

    /** The snapshot integrity check (also for {@link PageEventListener}). */
    @Override
    public SnapshotIntegrityCheck integrityCheck() {
        return graph().integrity();
    }

    /** The reader view: the locked effective revision, integrity-checked on every view. */
    public ReaderView readerView() {
        return graph().reader();
    }

    /** The controlled documents and their revisions, approvals and snapshots. */
    public DocumentRepository documentRepository() {
        return graph().repository();
    }

    /** The audit ledger (trail, sequencer, keys, export, verification). */
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

    /** The e-signature engine: signatures, lockouts, TOTP enrolment, ledger key rotation. */
    public AoLedger.Signing signing() {
        return graph().signing();
    }

    /** The signing policy as stored in SAL global plugin settings. */
    public SigningPolicyStore signingPolicies() {
        return graph().policies();
    }

    /** Whether the graph has been built yet (it is built on first use). */
    boolean isBuilt() {
        return graph.isBuilt();
    }

    private Graph graph() {
        return graph.get();
    }

    private Graph build() {
        AoLedger ledger = new AoLedger(ao, kek, new ClusterLedgerLock(clusterLocks), clock, new SecureRandom(),
                CheckpointPolicy.DEFAULT);
        AoDocumentRepository repository = new AoDocumentRepository(ao);
        SalSignerDirectory signers = new SalSignerDirectory(userManager, TotpEnrolments.confirmedIn(new AoTotpStore(ao)));
        ControlledSignableContent signable = new ControlledSignableContent(pages, repository);
        AoLedger.Signing signing = ledger.signing(signers, signers, signable, notifier, policies::load, TOTP_ISSUER);

        AoSpaceSettingsStore settings = new AoSpaceSettingsStore(ao);
        StoredSpaceConfiguration configuration = new StoredSpaceConfiguration(settings, repository, membership);
        DocumentControl control = new DocumentControl(repository, configuration, pages,
                AoNumberSequence.withLocks(ao, new ClusterNumberLocks(clusterLocks)), membership, configuration, actors,
                ledger.auditTrail(), ledger.transactions(), new ClusterDocumentLocks(clusterLocks), clock);
        SpaceAdministration spaces = new SpaceAdministration(settings, repository, actors, ledger.auditTrail(),
                ledger.transactions(), clock);
        SnapshotIntegrityCheck integrity = new SnapshotIntegrityCheck(pages, new AoIntegrityAlerts(ao),
                ledger.auditTrail(), ledger.transactions(), notifier, clock);
        ReaderView reader = new ReaderView(repository, pages, integrity);
        AoReviewConfirmations confirmations = new AoReviewConfirmations(ao);
        EffectiveRevisionSigning effectiveSigning = new EffectiveRevisionSigning(control, signing.signatures(),
                signable, settings, roster, configuration, confirmations, actors, ledger.auditTrail(),
                ledger.transactions());
        PeriodicReviews reviews = new PeriodicReviews(repository, configuration, confirmations, clock);
        ReviewReminders reminders = new ReviewReminders(settings, reviews, repository, roster, new AoReminderLog(ao),
                userNotifier, ledger.auditTrail(), ledger.transactions(), clock);
        RevisionPdfExport pdf = new RevisionPdfExport(control, signing.signatures(), ledger.sequencer(),
                ledger.auditTrail(), actors, new EffectiveRevisionPdf(PdfLabels.english(), clock));
        Callers callers = new Callers(userManager);
        DocumentServices documents = new DocumentServices(control,
                new DocumentSigning(control, signing.signatures(), pages, configuration), effectiveSigning, reader,
                reviews, reminders, new ScheduledEffectiveDates(settings, repository, control), pdf, spaces,
                configuration, permissions, pages, actors, membership, callers);
        NoticeServices notices = new NoticeServices(new AoNotices(ao, clock), callers);
        SigningAdministrationServices administration = new SigningAdministrationServices(
                new SigningPolicyAdministration(policies, signers, ledger.auditTrail(), ledger.transactions()),
                signing.lockouts(), signing.totp(), actors::actor, callers);
        ConfluenceTemplateRenderer templates = new ConfluenceTemplateRenderer();
        BundleI18n i18n = ConfluenceI18n.english();
        MacroServices macros = new MacroServices(repository, reader, pages, permissions, actors,
                new AoSignatureStore(ao), templates, i18n);
        StatusBanner banner = new StatusBanner(reader, permissions, templates, i18n);
        return new Graph(ledger, signing, policies, repository, control, integrity, reader, documents, administration,
                notices, macros, banner);
    }

    private record Graph(AoLedger ledger, AoLedger.Signing signing, SigningPolicyStore policies,
                         DocumentRepository repository, DocumentControl control, SnapshotIntegrityCheck integrity,
                         ReaderView reader, DocumentServices documents,
                         SigningAdministrationServices administration, NoticeServices notices, MacroServices macros,
                         StatusBanner banner) {
    }
}
