package org.eqms.confluence;

import org.eqms.rest.testing.TestRestHost;
import org.eqms.rest.testing.HeaderUserManager;
import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.InProcessLedgerLock;
import org.eqms.confluence.pdf.EffectiveRevisionPdf;
import org.eqms.confluence.pdf.PdfLabels;
import org.eqms.confluence.pdf.RevisionPdfExport;
import org.eqms.rest.Callers;
import org.eqms.confluence.rest.DocumentResource;
import org.eqms.confluence.rest.DocumentServices;
import org.eqms.confluence.rest.ReviewScheduleResource;
import org.eqms.confluence.rest.ScheduledJobsResource;
import org.eqms.rest.signing.SigningAdministrationResource;
import org.eqms.rest.signing.SigningAdministrationServices;
import org.eqms.confluence.rest.SpaceConfigurationResource;
import org.eqms.rest.signing.TotpEnrolmentResource;
import org.eqms.confluence.store.AoDocumentRepository;
import org.eqms.confluence.store.AoIntegrityAlerts;
import org.eqms.confluence.store.AoReminderLog;
import org.eqms.confluence.store.AoReviewConfirmations;
import org.eqms.confluence.store.AoNumberSequence;
import org.eqms.confluence.store.AoSpaceSettingsStore;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.document.Approval;
import org.eqms.document.ApprovalRule;
import org.eqms.document.ControlledDocument;
import org.eqms.document.ControlledScope;
import org.eqms.document.ControlledSignableContent;
import org.eqms.document.DocumentControl;
import org.eqms.document.DocumentNumberFormat;
import org.eqms.document.DocumentSigning;
import org.eqms.document.DocumentState;
import org.eqms.document.DocumentType;
import org.eqms.document.EffectiveRevisionSigning;
import org.eqms.document.InProcessDocumentLocks;
import org.eqms.document.LifecycleCommand;
import org.eqms.document.PeriodicReviews;
import org.eqms.document.ReaderView;
import org.eqms.document.ReviewReminders;
import org.eqms.document.ScheduledEffectiveDates;
import org.eqms.notice.UserNotifier;
import org.eqms.rest.notices.NoticeResource;
import org.eqms.rest.notices.NoticeServices;
import org.eqms.store.ao.AoNotices;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.Revision;
import org.eqms.document.RevisionScheme;
import org.eqms.document.SpaceAdministration;
import org.eqms.document.SnapshotIntegrityCheck;
import org.eqms.document.SpaceSettings;
import org.eqms.document.StoredSpaceConfiguration;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningPolicyAdministration;
import org.eqms.signature.SigningPolicyStore;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The controlled-documents app wired as the plugin wires it — real AO stores, real ledger and e-signature engine,
 * space QMS configured through {@link SpaceAdministration} — with its REST resources mounted in {@link TestRestHost}.
 * Product seams only are stood in for: pages and groups ({@link TestConfluence}), permissions, SAL's user manager.
 * Users: alice (author, editor), bob and carol (approvers), dave (document controller, editor), erin (reader),
 * admin (space administrator), olga (outsider without view permission).
 */
final class RestFixture implements AutoCloseable {
    static final String ALICE = "u-alice";
    static final String BOB = "u-bob";
    static final String CAROL = "u-carol";
    static final String DAVE = "u-dave";
    static final String ERIN = "u-erin";
    static final String ADMIN = "u-admin";
    static final String OLGA = "u-olga";
    /** System administrators (two, for the two-person unlock). */
    static final String ANN = "u-ann";
    static final String ADAM = "u-adam";
    /** An approver who signs in by SSO and so has no password: signs with an authenticator code. */
    static final String SAM = "u-sam";

    final MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
    final TestConfluence confluence = new TestConfluence();
    final TestSigningPorts people = TestSigningPorts.standard();
    final TestPermissions permissions = new TestPermissions();
    final HeaderUserManager users = new HeaderUserManager();
    final AoLedger ledger;
    final AoLedger.Signing signing;
    final AoNotices notices;
    final InMemorySigningPolicyStore policies = new InMemorySigningPolicyStore();
    final SigningPolicyAdministration signingPolicy;
    /** Notifications sent to users, as "userKey: message". */
    final List<String> notified = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final UserNotifier notifications = (userKey, kind, message) -> notified.add(userKey + ": " + message);
    final AoDocumentRepository repository;
    final DocumentControl control;
    final SpaceAdministration spaces;
    final TestRestHost host;
    private final AtomicLong pages = new AtomicLong(1000);

    RestFixture(ActiveObjects ao) {
        ao.migrate(ConfluenceEntities.array());
        person(ALICE, "alice", "Alice Author", "authors");
        person(BOB, "bob", "Bob Approver", "approvers");
        person(CAROL, "carol", "Carol Approver", "approvers");
        person(DAVE, "dave", "Dave Controller", "qms-controllers");
        person(ERIN, "erin", "Erin Reader");
        person(ADMIN, "admin", "Ada Administrator");
        person(OLGA, "olga", "Olga Outsider");
        person(SAM, "sso-sam", "Sam Single-Sign-On", "approvers");
        person(ANN, "ann", "Ann Admin");
        person(ADAM, "adam", "Adam Admin");
        users.user(ANN, "Ann Admin", true);
        users.user(ADAM, "Adam Admin", true);
        permissions.editor(ALICE).viewer(BOB).viewer(CAROL).editor(DAVE).viewer(ERIN).viewer(SAM).spaceAdmin(ADMIN);
        ledger = TestLedger.on(ao, clock);
        repository = new AoDocumentRepository(ao);
        ControlledSignableContent signable = new ControlledSignableContent(confluence, repository);
        notices = new AoNotices(ao, clock);
        signing = ledger.signing(people, people, signable, alert -> {
            people.alertAdmins(alert);
            notices.alertAdmins(alert);
        }, policies::load, "eQMS");
        signingPolicy = new SigningPolicyAdministration(policies, people, ledger.auditTrail(), ledger.transactions());
        AoSpaceSettingsStore settings = new AoSpaceSettingsStore(ao);
        StoredSpaceConfiguration configuration = new StoredSpaceConfiguration(settings, repository, confluence);
        control = new DocumentControl(repository, configuration, confluence,
                new AoNumberSequence(ao, new InProcessLedgerLock()), confluence, configuration, confluence,
                ledger.auditTrail(), ledger.transactions(), new InProcessDocumentLocks(), clock);
        spaces = new SpaceAdministration(settings, repository, confluence, ledger.auditTrail(), ledger.transactions(), clock);
        spaces.save(ADMIN, qmsSettings(), "initial configuration", null);
        AoReviewConfirmations confirmations = new AoReviewConfirmations(ao);
        EffectiveRevisionSigning effectiveSigning = new EffectiveRevisionSigning(control, signing.signatures(), signable,
                settings, confluence, configuration, confirmations, confluence, ledger.auditTrail(), ledger.transactions());
        ReaderView reader = new ReaderView(repository, confluence, new SnapshotIntegrityCheck(confluence,
                new AoIntegrityAlerts(ao), ledger.auditTrail(), ledger.transactions(), people, clock));
        PeriodicReviews reviews = new PeriodicReviews(repository, configuration, confirmations, clock);
        ReviewReminders reminders = new ReviewReminders(settings, reviews, repository, confluence, new AoReminderLog(ao),
                (userKey, kind, message) -> {
                    notifications.notify(userKey, kind, message);
                    notices.notify(userKey, kind, message);
                }, ledger.auditTrail(), ledger.transactions(), clock);
        DocumentServices services = new DocumentServices(control,
                new DocumentSigning(control, signing.signatures(), confluence, configuration), effectiveSigning, reader,
                reviews, reminders, new ScheduledEffectiveDates(settings, repository, control),
                new RevisionPdfExport(control, signing.signatures(), ledger.sequencer(), ledger.auditTrail(), confluence,
                        new EffectiveRevisionPdf(PdfLabels.english(), clock)), spaces, configuration,
                permissions, confluence, confluence, confluence, new Callers(users));
        NoticeServices noticeServices = new NoticeServices(notices, new Callers(users));
        SigningAdministrationServices administration = new SigningAdministrationServices(signingPolicy,
                signing.lockouts(), signing.totp(), confluence::actor, new Callers(users));
        host = new TestRestHost("/rest/eqms/1.0", new DocumentResource(() -> services), new SpaceConfigurationResource(() -> services),
                new ReviewScheduleResource(() -> services), new ScheduledJobsResource(() -> services), new NoticeResource(() -> noticeServices),
                new SigningAdministrationResource(() -> administration), new TotpEnrolmentResource(() -> administration));
    }

    static SpaceSettings qmsSettings() {
        DocumentType sop = new DocumentType("SOP", "Standard operating procedure", DocumentNumberFormat.of("SOP-{0000}"),
                RevisionScheme.LETTERS, Period.ofMonths(24), false, "two-approvers");
        return new SpaceSettings("QMS", 0, ControlledScope.wholeSpace("QMS"), ReviewEditPolicy.RETURN_TO_DRAFT,
                "qms-controllers", List.of(sop),
                Map.of("two-approvers", ApprovalRule.of(ApprovalRule.group("approvers", 2))));
    }

    private void person(String key, String username, String name, String... groups) {
        confluence.user(key, name, groups);
        users.user(key, name, false);
        if (people.byKey(key).isEmpty()) {
            people.user(key, username, name, username + "-pw", false);
        }
    }

    /** A new page of space QMS with one version. */
    long newPage(String title) {
        long id = pages.incrementAndGet();
        confluence.edit("QMS", id, title, "<p>" + title + " v1</p>");
        return id;
    }

    /** A new page put under control by alice and brought to {@code state} through the real services. */
    ControlledDocument documentIn(DocumentState state) {
        long page = newPage("Procedure " + pages.get());
        ControlledDocument document = control.place(ALICE, page, "SOP", null);
        if (state == DocumentState.DRAFT) {
            return document;
        }
        control.apply(document.id(), new LifecycleCommand.Submit(ALICE, confluence.current(page).orElseThrow().contentHash()), null);
        if (state == DocumentState.IN_REVIEW) {
            return document;
        }
        approve(document, BOB);
        approve(document, CAROL);
        control.apply(document.id(), new LifecycleCommand.Approve(DAVE), null);
        if (state == DocumentState.APPROVED) {
            return document;
        }
        control.apply(document.id(), new LifecycleCommand.MakeEffective(DAVE, null), null);
        return document;
    }

    /** An In Review document whose approval rule is met (the controller may approve it). */
    ControlledDocument documentWithQuorum() {
        ControlledDocument document = documentIn(DocumentState.IN_REVIEW);
        approve(document, BOB);
        approve(document, CAROL);
        return document;
    }

    void approve(ControlledDocument document, String userKey) {
        String username = people.byKey(userKey).orElseThrow().username();
        SigningChallenge challenge = signing.signatures().challenge(userKey, "confluence.page",
                String.valueOf(document.pageId()), null);
        SignatureRecord signature = signing.signatures().sign(userKey, new SigningRequest(challenge.id(), "Approved",
                "reviewed", Credentials.password(username, username + "-pw"), null, null));
        clock.advance(Duration.ofSeconds(1));
        control.recordApproval(document.id(), Approval.of(signature.id(), userKey, signature.meaning(), "approvers",
                signature.time(), signature.contentHash()), null);
    }

    /** The signing policy as SAL plugin settings would keep it, in memory. */
    static final class InMemorySigningPolicyStore implements SigningPolicyStore {
        private volatile SigningPolicy policy = SigningPolicy.DEFAULT;

        @Override
        public SigningPolicy load() {
            return policy;
        }

        @Override
        public void save(SigningPolicy policy) {
            this.policy = policy;
        }
    }

    Revision latest(ControlledDocument document) {
        return control.latestRevision(document.id());
    }

    @Override
    public void close() throws Exception {
        host.close();
    }
}
