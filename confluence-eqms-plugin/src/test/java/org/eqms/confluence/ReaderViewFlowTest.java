package org.eqms.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.InProcessLedgerLock;
import org.eqms.compliance.Clause;
import org.eqms.confluence.store.AoDocumentRepository;
import org.eqms.confluence.store.AoIntegrityAlerts;
import org.eqms.confluence.store.AoNumberSequence;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.confluence.store.entity.IntegrityAlertRow;
import org.eqms.document.Approval;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentControl;
import org.eqms.document.DocumentControlException;
import org.eqms.document.DocumentPageView;
import org.eqms.document.DocumentPageView.BannerKind;
import org.eqms.document.DocumentState;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.InProcessDocumentLocks;
import org.eqms.document.IntegrityStatus;
import org.eqms.document.LifecycleCommand;
import org.eqms.document.PageContentHash;
import org.eqms.document.PageVersion;
import org.eqms.document.ReaderView;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.SnapshotIntegrityCheck;
import org.eqms.signature.AdminAlert;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The locked published version as readers see it, and its retention/integrity check on every view, with real
 * e-signatures, the real ledger and the real AO stores; only Confluence itself is stood in for ({@link TestConfluence}).
 */
class ReaderViewFlowTest {
    private static final long PAGE = 4711;
    private static final String INTEGRITY_ENTRY = "\"action\":\"document.integrity.alert\"";

    private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
    private final TestConfluence confluence = new TestConfluence();
    private final TestSigningPorts people = TestSigningPorts.standard();

    private ActiveObjects ao;
    private AoLedger ledger;
    private AoLedger.Signing signing;
    private AoDocumentRepository repository;
    private DocumentControl control;
    private ReaderView reader;

    private void start(ActiveObjects ao) {
        this.ao = ao;
        ao.migrate(ConfluenceEntities.array());
        confluence.user("u-alice", "Alice Author", "authors");
        confluence.user("u-bob", "Bob Approver", "approvers");
        confluence.user("u-carol", "Carol Approver", "approvers");
        confluence.user("u-ann", "Ann Admin");
        confluence.user("u-erin", "Erin Reader", "readers");
        confluence.controller("u-ann");
        ledger = TestLedger.on(ao, clock);
        signing = ledger.signing(people, people, confluence, people, () -> SigningPolicy.DEFAULT, "eQMS");
        repository = new AoDocumentRepository(ao);
        control = new DocumentControl(repository, new QmsSpaceConfiguration(ReviewEditPolicy.RETURN_TO_DRAFT), confluence,
                new AoNumberSequence(ao, new InProcessLedgerLock()), confluence, confluence, confluence,
                ledger.auditTrail(), ledger.transactions(), new InProcessDocumentLocks(), clock);
        reader = new ReaderView(repository, confluence, new SnapshotIntegrityCheck(confluence, new AoIntegrityAlerts(ao),
                ledger.auditTrail(), ledger.transactions(), people, clock));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    @Clause("EU-GMP-Annex11-17")
    @Clause("ISO13485-4.2.4")
    void readersSeeTheEffectiveRevisionUnchangedWhileAuthorsWorkOnTheNextDraft(ActiveObjects ao) {
        start(ao);
        confluence.edit("QMS", PAGE, "Cleaning the infusion pump", "<p>Step 1: disinfect.</p>");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);

        DocumentPageView draft = reader.view(PAGE, "u-erin", false, "10.0.0.9");
        assertThat(draft.banner()).isEqualTo(BannerKind.NOT_YET_EFFECTIVE);
        assertThat(draft.revisionLabel()).isEqualTo("A");
        assertThat(draft.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(draft.body()).isEqualTo("<p>Step 1: disinfect.</p>");
        assertThat(draft.effectiveAt()).isNull();

        makeEffective(sop);
        EffectiveSnapshot a = repository.snapshots(sop.id()).get(0);
        DocumentPageView effective = reader.view(PAGE, "u-erin", false, "10.0.0.9");
        assertThat(effective.banner()).isEqualTo(BannerKind.EFFECTIVE);
        assertThat(effective.documentNumber()).isEqualTo("SOP-0001");
        assertThat(effective.revisionLabel()).isEqualTo("A");
        assertThat(effective.state()).isEqualTo(DocumentState.EFFECTIVE);
        assertThat(effective.effectiveAt()).isEqualTo(a.effectiveAt()).isNotNull();
        assertThat(effective.title()).isEqualTo("Cleaning the infusion pump");
        assertThat(effective.body()).isEqualTo("<p>Step 1: disinfect.</p>");
        assertThat(effective.pendingRevisionLabel()).isNull();
        assertThat(effective.integrity()).isEqualTo(IntegrityStatus.OK);
        assertThat(effective.integrityAlert()).isFalse();

        // alice edits the page: Confluence makes version 2, readers keep being served revision A's snapshot
        confluence.edit("QMS", PAGE, "Cleaning the infusion pump (rev B)", "<p>Step 1: disinfect.</p><p>Step 2: dry.</p>");
        assertThat(reader.view(PAGE, "u-erin", false, null)).isEqualTo(effective);
        DocumentPageView unrevised = reader.view(PAGE, "u-alice", true, null);
        assertThat(unrevised.banner()).isEqualTo(BannerKind.WORKING_DRAFT);
        assertThat(unrevised.body()).contains("Step 2: dry.");
        assertThat(unrevised.revisionLabel()).isNull();

        control.startRevision("u-alice", sop.id(), "CAPA-12: add step 2", null);
        DocumentPageView erinSees = reader.view(PAGE, "u-erin", false, "10.0.0.9");
        assertThat(erinSees.body()).isEqualTo(effective.body());
        assertThat(erinSees.title()).isEqualTo(effective.title());
        assertThat(erinSees.pageVersion()).isEqualTo(1);
        assertThat(erinSees.revisionLabel()).isEqualTo("A");
        assertThat(erinSees.banner()).isEqualTo(BannerKind.EFFECTIVE);
        assertThat(erinSees.pendingRevisionLabel()).isEqualTo("B");

        DocumentPageView aliceDraft = reader.view(PAGE, "u-alice", true, "10.0.0.1");
        assertThat(aliceDraft.banner()).isEqualTo(BannerKind.WORKING_DRAFT);
        assertThat(aliceDraft.revisionLabel()).isEqualTo("B");
        assertThat(aliceDraft.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(aliceDraft.pendingRevisionLabel()).isEqualTo("B");
        assertThat(aliceDraft.effectiveAt()).isNull();
        assertThat(aliceDraft.pageVersion()).isEqualTo(2);
        assertThat(aliceDraft.title()).isEqualTo("Cleaning the infusion pump (rev B)");
        assertThat(aliceDraft.body()).isEqualTo("<p>Step 1: disinfect.</p><p>Step 2: dry.</p>");
        // the reader view, unless asked for the draft, is the effective one for authors too
        assertThat(reader.view(PAGE, "u-alice", false, null).body()).isEqualTo(effective.body());

        makeEffective(sop);
        DocumentPageView b = reader.view(PAGE, "u-erin", false, null);
        assertThat(b.revisionLabel()).isEqualTo("B");
        assertThat(b.body()).isEqualTo("<p>Step 1: disinfect.</p><p>Step 2: dry.</p>");
        assertThat(b.pendingRevisionLabel()).isNull();
        assertThat(b.pageVersion()).isEqualTo(2);
        // nothing left to draft: authors asking for the draft see the effective revision
        assertThat(reader.view(PAGE, "u-alice", true, null).banner()).isEqualTo(BannerKind.EFFECTIVE);

        assertThat(people.alerts()).isEmpty();
        byte[] export = TestLedger.export(ledger);
        assertThat(TestLedger.text(export)).doesNotContain(INTEGRITY_ENTRY);
        assertThat(TestLedger.verifyFile(export).valid()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    @Clause("EU-GMP-Annex11-17")
    @Clause("ISO13485-4.2.4")
    void aDeletedHistoricalVersionRaisesOneAuditedAlertAndTheSnapshotRemainsTheRecord(ActiveObjects ao) {
        start(ao);
        confluence.edit("QMS", PAGE, "SOP", "<p>A</p>");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        makeEffective(sop);
        EffectiveSnapshot a = repository.snapshots(sop.id()).get(0);
        confluence.edit("QMS", PAGE, "SOP", "<p>B in progress</p>");
        control.startRevision("u-alice", sop.id(), "CAPA-13", null);

        confluence.removeHistoricalVersion(PAGE, 1); // a retention rule removed the version revision A locked
        clock.advance(Duration.ofMinutes(1));
        DocumentPageView first = reader.view(PAGE, "u-erin", false, "10.0.0.9");

        assertThat(first.integrity()).isEqualTo(IntegrityStatus.HISTORICAL_VERSION_MISSING);
        assertThat(first.integrityAlert()).isTrue();
        assertThat(first.body()).isEqualTo("<p>A</p>");
        assertThat(first.revisionLabel()).isEqualTo("A");
        assertThat(first.pendingRevisionLabel()).isEqualTo("B");
        assertThat(people.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(SnapshotIntegrityCheck.ALERT_KIND);
            assertThat(alert.userKey()).isEqualTo("u-erin");
            assertThat(alert.message()).contains("page " + PAGE + " version 1", "revision A");
            assertThat(alert.time()).isEqualTo(clock.instant());
        });

        // later views: still flagged, still served from the snapshot, but no second alert or audit entry
        clock.advance(Duration.ofMinutes(1));
        DocumentPageView second = reader.view(PAGE, "u-erin", false, "10.0.0.9");
        assertThat(second).isEqualTo(first);
        assertThat(reader.view(PAGE, "u-alice", true, null).integrity()).isEqualTo(IntegrityStatus.HISTORICAL_VERSION_MISSING);
        assertThat(people.alerts()).hasSize(1);
        assertThat(ao.count(IntegrityAlertRow.class)).isEqualTo(1);

        byte[] export = TestLedger.export(ledger);
        assertThat(TestLedger.verifyFile(export).valid()).isTrue();
        String text = TestLedger.text(export);
        List<String> entries = integrityEntries(text);
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry).contains(
                "\"actor\":{\"name\":\"eQMS integrity check\",\"userKey\":\"eqms-integrity-check\"}",
                "\"object\":{\"id\":\"" + sop.id() + "\",\"type\":\"eqms.document\",\"version\":null}",
                "\"expectedHash\":\"" + a.contentHash() + "\"", "\"foundHash\":\"missing\"",
                "\"kind\":\"HISTORICAL_VERSION_MISSING\"", "\"pageVersion\":1", "\"revision\":\"A\"",
                "\"clientIp\":\"10.0.0.9\"", "\"viewer\":\"u-erin\"", "\"time\":\"2026-11-23T"));
        assertThat(repository.snapshots(sop.id())).containsExactly(a);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    @Clause("EU-GMP-Annex11-17")
    @Clause("ISO13485-4.2.4")
    void anAlteredHistoricalVersionIsDetectedAndTheSnapshotKeepsBeingServed(ActiveObjects ao) {
        start(ao);
        confluence.edit("QMS", PAGE, "SOP", "<p>A</p>");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        makeEffective(sop);
        EffectiveSnapshot a = repository.snapshots(sop.id()).get(0);

        confluence.replaceHistoricalVersion(PAGE, 1, "SOP", "<p>A, quietly changed</p>");
        String altered = PageContentHash.of(PAGE, 1, "SOP", "<p>A, quietly changed</p>");
        DocumentPageView view = reader.view(PAGE, null, false, null);
        assertThat(view.integrity()).isEqualTo(IntegrityStatus.HISTORICAL_VERSION_ALTERED);
        assertThat(view.body()).isEqualTo("<p>A</p>");
        assertThat(reader.view(PAGE, "u-erin", false, null).integrity()).isEqualTo(IntegrityStatus.HISTORICAL_VERSION_ALTERED);
        assertThat(people.alerts()).extracting(AdminAlert::kind).containsExactly(SnapshotIntegrityCheck.ALERT_KIND);
        assertThat(people.alerts().get(0).userKey()).isNull();
        assertThat(people.alerts().get(0).message()).contains(altered, a.contentHash());

        // a different problem with the same revision is a new alert, raised once too
        confluence.edit("QMS", PAGE, "SOP", "<p>v2</p>");
        confluence.removeHistoricalVersion(PAGE, 1);
        reader.view(PAGE, "u-erin", false, null);
        reader.view(PAGE, "u-erin", false, null);
        assertThat(people.alerts()).hasSize(2);

        byte[] export = TestLedger.export(ledger);
        assertThat(TestLedger.verifyFile(export).valid()).isTrue();
        List<String> entries = integrityEntries(TestLedger.text(export));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).contains("\"kind\":\"HISTORICAL_VERSION_ALTERED\"", "\"foundHash\":\"" + altered + "\"",
                "\"expectedHash\":\"" + a.contentHash() + "\"").doesNotContain("\"viewer\"");
        assertThat(entries.get(1)).contains("\"kind\":\"HISTORICAL_VERSION_MISSING\"", "\"foundHash\":\"missing\"");
        assertThat(reader.view(PAGE, "u-erin", false, null).body()).isEqualTo("<p>A</p>");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    void concurrentViewsOfADamagedRecordRaiseTheAlertOnce(org.eqms.store.ao.testing.TestDatabase.OpenDatabase db)
            throws Exception {
        // Only on PostgreSQL: AO 3.2.11's HSQLDB provider serialises inserts on one JVM monitor, so two
        // transactions inserting the same unique key at once deadlock there (the waiting insert holds the
        // monitor the first transaction needs to commit its audit record). Products run PostgreSQL & co.
        org.junit.jupiter.api.Assumptions.assumeTrue(db.kind() == org.eqms.store.ao.testing.TestDatabase.POSTGRESQL,
                "concurrent unique-key inserts deadlock in AO's HSQLDB provider");
        ActiveObjects ao = db.ao();
        start(ao);
        confluence.edit("QMS", PAGE, "SOP", "<p>A</p>");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        makeEffective(sop);
        confluence.edit("QMS", PAGE, "SOP", "<p>next</p>");
        confluence.removeHistoricalVersion(PAGE, 1);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<DocumentPageView>> views = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                views.add(() -> reader.view(PAGE, "u-erin", false, null));
            }
            for (Future<DocumentPageView> view : pool.invokeAll(views)) {
                assertThat(view.get().integrity()).isEqualTo(IntegrityStatus.HISTORICAL_VERSION_MISSING);
                assertThat(view.get().body()).isEqualTo("<p>A</p>");
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(people.alerts()).hasSize(1);
        assertThat(ao.count(IntegrityAlertRow.class)).isEqualTo(1);
        byte[] export = TestLedger.export(ledger);
        assertThat(integrityEntries(TestLedger.text(export))).hasSize(1);
        assertThat(TestLedger.verifyFile(export).valid()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    @Clause("EU-GMP-Annex11-17")
    void aSnapshotWhoseOwnContentNoLongerMatchesItsLockedHashIsAlerted(ActiveObjects ao) {
        start(ao);
        confluence.edit("QMS", PAGE, "SOP", "<p>A</p>");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        makeEffective(sop);
        EffectiveSnapshot a = repository.snapshots(sop.id()).get(0);
        EffectiveSnapshot tampered = new EffectiveSnapshot(a.documentId(), a.revisionLabel(), a.pageId(), a.pageVersion(),
                a.title(), "<p>A, edited in the database</p>", a.attachmentHashes(), a.contentHash(), a.effectiveAt());
        SnapshotIntegrityCheck check = new SnapshotIntegrityCheck(confluence, new AoIntegrityAlerts(ao),
                ledger.auditTrail(), ledger.transactions(), people, clock);

        assertThat(check.check(a, "u-erin", null)).isEqualTo(IntegrityStatus.OK);
        assertThat(check.check(tampered, "u-erin", null)).isEqualTo(IntegrityStatus.SNAPSHOT_ALTERED);
        assertThat(check.check(tampered, "u-erin", null)).isEqualTo(IntegrityStatus.SNAPSHOT_ALTERED);
        assertThat(check.inspect(tampered).foundHash())
                .isEqualTo(PageContentHash.of(PAGE, 1, "SOP", "<p>A, edited in the database</p>"));
        assertThat(people.alerts()).hasSize(1);
        byte[] export = TestLedger.export(ledger);
        assertThat(integrityEntries(TestLedger.text(export))).singleElement()
                .satisfies(entry -> assertThat(entry).contains("\"kind\":\"SNAPSHOT_ALTERED\""));
        assertThat(TestLedger.verifyFile(export).valid()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void pagesOutsideDocumentControlAreServedUntouched(ActiveObjects ao) {
        start(ao);
        PageVersion other = confluence.edit("OTHER", 900, "Team lunch", "<p>Pizza on Friday</p>");
        confluence.edit("QMS", 901, "Not placed yet", "<p>notes</p>");

        DocumentPageView view = reader.view(900, "u-erin", false, null);
        assertThat(view).isEqualTo(DocumentPageView.uncontrolled(other));
        assertThat(view.controlled()).isFalse();
        assertThat(view.banner()).isEqualTo(BannerKind.NONE);
        assertThat(view.body()).isEqualTo("<p>Pizza on Friday</p>");
        assertThat(reader.view(900, "u-alice", true, null)).isEqualTo(view);
        assertThat(reader.view(901, "u-erin", false, null).controlled()).isFalse();
        assertThatThrownBy(() -> reader.view(999, "u-erin", false, null))
                .isInstanceOfSatisfying(DocumentControlException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
        assertThat(people.alerts()).isEmpty();
        assertThat(TestLedger.text(TestLedger.export(ledger))).doesNotContain(INTEGRITY_ENTRY);
    }

    private static List<String> integrityEntries(String export) {
        List<String> entries = new ArrayList<>();
        Matcher line = Pattern.compile("(?m)^.*" + Pattern.quote(INTEGRITY_ENTRY) + ".*$").matcher(export);
        while (line.find()) {
            entries.add(line.group());
        }
        return entries;
    }

    private void makeEffective(ControlledDocument sop) {
        control.apply(sop.id(), new LifecycleCommand.Submit("u-alice", current().contentHash()), null);
        approve(sop, "u-bob", "bob");
        approve(sop, "u-carol", "carol");
        control.apply(sop.id(), new LifecycleCommand.Approve("u-ann"), null);
        clock.advance(Duration.ofMinutes(1));
        control.apply(sop.id(), new LifecycleCommand.MakeEffective("u-ann", null), null);
    }

    private void approve(ControlledDocument sop, String userKey, String username) {
        SigningChallenge challenge = signing.signatures().challenge(userKey, "confluence.page", String.valueOf(PAGE), null);
        SignatureRecord signature = signing.signatures().sign(userKey, new SigningRequest(challenge.id(), "Approved",
                "reviewed", Credentials.password(username, username + "-pw"), "session-" + userKey + clock.instant(), null));
        clock.advance(Duration.ofSeconds(30));
        control.recordApproval(sop.id(), new Approval(signature.id(), userKey, signature.meaning(), "approvers",
                signature.time(), signature.contentHash(), false), null);
    }

    private PageVersion current() {
        return confluence.current(PAGE).orElseThrow();
    }
}
