package org.eqms.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.InProcessLedgerLock;
import org.eqms.compliance.Clause;
import org.eqms.confluence.store.AoDocumentRepository;
import org.eqms.confluence.store.AoNumberSequence;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.document.Approval;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentControl;
import org.eqms.document.DocumentControlException;
import org.eqms.document.DocumentState;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.IllegalTransitionException;
import org.eqms.document.InProcessDocumentLocks;
import org.eqms.document.LifecycleCommand;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.Revision;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A controlled document from placement to Effective and its next revision, with real e-signatures, the real
 * ledger and the real AO stores; only Confluence itself (pages, groups) is stood in for.
 */
class DocumentControlFlowTest {
    private static final long PAGE = 4711;

    private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
    private final TestConfluence confluence = new TestConfluence();
    private final TestSigningPorts people = TestSigningPorts.standard();

    private AoLedger ledger;
    private AoLedger.Signing signing;
    private AoDocumentRepository repository;
    private DocumentControl control;

    private void start(ActiveObjects ao, ReviewEditPolicy editPolicy) {
        ao.migrate(ConfluenceEntities.array());
        confluence.user("u-alice", "Alice Author", "authors");
        confluence.user("u-bob", "Bob Approver", "approvers");
        confluence.user("u-carol", "Carol Approver", "approvers");
        confluence.user("u-ann", "Ann Admin");
        confluence.controller("u-ann");
        ledger = TestLedger.on(ao, clock);
        signing = ledger.signing(people, people, confluence, people, () -> SigningPolicy.DEFAULT, "eQMS");
        repository = new AoDocumentRepository(ao);
        control = new DocumentControl(repository, new QmsSpaceConfiguration(editPolicy), confluence,
                new AoNumberSequence(ao, new InProcessLedgerLock()), confluence, confluence, confluence,
                ledger.auditTrail(), ledger.transactions(), new InProcessDocumentLocks(), clock);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    @Clause("21CFR11.10(e)")
    @Clause("ISO13485-4.2.4")
    void aSopIsApprovedBySignaturesOnItsExactContentAndItsEffectiveVersionIsLocked(ActiveObjects ao) {
        start(ao, ReviewEditPolicy.RETURN_TO_DRAFT);
        confluence.edit("QMS", PAGE, "Cleaning the infusion pump", "<p>Step 1: disinfect.</p>");

        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", "10.0.0.1");
        assertThat(sop.number()).isEqualTo("SOP-0001");
        control.apply(sop.id(), new LifecycleCommand.Submit("u-alice", current().contentHash()), "10.0.0.1");

        approve(sop, "u-bob", "bob");
        assertThat(latest(sop).state()).isEqualTo(DocumentState.IN_REVIEW);
        approve(sop, "u-carol", "carol");
        control.apply(sop.id(), new LifecycleCommand.Approve("u-ann"), "10.0.0.2");
        clock.advance(Duration.ofMinutes(5));
        control.apply(sop.id(), new LifecycleCommand.MakeEffective("u-ann", null), "10.0.0.2");

        Revision a = latest(sop);
        assertThat(a.label()).isEqualTo("A");
        assertThat(a.state()).isEqualTo(DocumentState.EFFECTIVE);
        assertThat(a.approvals()).extracting(Approval::userKey).containsExactly("u-bob", "u-carol");
        assertThat(a.approvals()).allSatisfy(approval -> assertThat(approval.contentHash()).isEqualTo(a.contentHash()));
        EffectiveSnapshot snapshot = repository.snapshots(sop.id()).get(0);
        assertThat(snapshot.body()).isEqualTo("<p>Step 1: disinfect.</p>");
        assertThat(snapshot.matches(current())).isTrue();
        assertThat(snapshot.attachmentHashes()).containsKey("flowchart.png");

        String export = TestLedger.text(TestLedger.export(ledger));
        assertThat(export).contains("\"action\":\"document.created\"", "\"action\":\"esign.signed\"",
                "\"action\":\"document.approval.recorded\"", "\"action\":\"document.snapshot.locked\"",
                "\"state\":{\"new\":\"EFFECTIVE\",\"old\":\"APPROVED\"}");
        assertThat(TestLedger.verifyFile(TestLedger.export(ledger)).valid()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void anEditDuringReviewInvalidatesTheSignaturesCollectedSoFar(ActiveObjects ao) {
        start(ao, ReviewEditPolicy.RETURN_TO_DRAFT);
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        control.apply(sop.id(), new LifecycleCommand.Submit("u-alice", current().contentHash()), null);
        approve(sop, "u-bob", "bob");

        confluence.edit("QMS", PAGE, "SOP", "<p>v2, changed during review</p>");
        control.pageEdited(PAGE, "u-alice", null);

        Revision revision = latest(sop);
        assertThat(revision.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(revision.approvals()).singleElement().satisfies(a -> assertThat(a.invalidated()).isTrue());
        assertThat(TestLedger.text(TestLedger.export(ledger))).contains("\"action\":\"document.signatures.invalidated\"");
        assertThatThrownBy(() -> control.apply(sop.id(), new LifecycleCommand.Approve("u-ann"), null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void theNextRevisionNeedsAReasonAndSupersedesTheEffectiveOneWhenItBecomesEffective(ActiveObjects ao) {
        start(ao, ReviewEditPolicy.RETURN_TO_DRAFT);
        confluence.edit("QMS", PAGE, "SOP", "<p>A</p>");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        makeEffective(sop);

        assertThatThrownBy(() -> control.startRevision("u-alice", sop.id(), " ", null))
                .isInstanceOfSatisfying(DocumentControlException.class, e -> assertThat(e.code()).isEqualTo("change_reason_required"));
        confluence.edit("QMS", PAGE, "SOP", "<p>B</p>");
        Revision b = control.startRevision("u-alice", sop.id(), "CAPA-12: add step 2", null);
        assertThat(b.label()).isEqualTo("B");
        assertThat(repository.revisions(sop.id()).get(0).state()).isEqualTo(DocumentState.EFFECTIVE);
        makeEffective(sop);

        List<Revision> revisions = repository.revisions(sop.id());
        assertThat(revisions).extracting(Revision::label, Revision::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", DocumentState.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple("B", DocumentState.EFFECTIVE));
        assertThat(repository.snapshots(sop.id())).extracting(EffectiveSnapshot::body).containsExactly("<p>A</p>", "<p>B</p>");
        assertThat(ledger.verifier().verify().valid()).isTrue();
    }

    @ActiveObjectsTest
    void aPageCannotBePlacedTwiceAndNumbersAreNeverReused(ActiveObjects ao) {
        start(ao, ReviewEditPolicy.RETURN_TO_DRAFT);
        confluence.edit("QMS", PAGE, "SOP", "<p>A</p>");
        confluence.edit("QMS", PAGE + 1, "Other SOP", "<p>other</p>");
        confluence.edit("OTHER", PAGE + 2, "Not controlled", "<p>x</p>");

        assertThat(control.place("u-alice", PAGE, "SOP", null).number()).isEqualTo("SOP-0001");
        assertThatThrownBy(() -> control.place("u-alice", PAGE, "SOP", null))
                .isInstanceOfSatisfying(DocumentControlException.class, e -> assertThat(e.code()).isEqualTo("already_controlled"));
        assertThatThrownBy(() -> control.place("u-alice", PAGE + 1, "WI", null))
                .isInstanceOfSatisfying(DocumentControlException.class, e -> assertThat(e.code()).isEqualTo("unknown_document_type"));
        assertThatThrownBy(() -> control.place("u-alice", PAGE + 2, "SOP", null))
                .isInstanceOfSatisfying(DocumentControlException.class, e -> assertThat(e.code()).isEqualTo("space_not_controlled"));
        assertThat(control.place("u-alice", PAGE + 1, "SOP", null).number()).isEqualTo("SOP-0002");
        assertThat(repository.inSpace("QMS")).hasSize(2);
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void theSignatureThatCompletesTheRuleApprovesTheRevisionInTheSameTransaction(ActiveObjects ao) {
        start(ao, ReviewEditPolicy.RETURN_TO_DRAFT);
        confluence.edit("QMS", PAGE, "Cleaning the infusion pump", "<p>Step 1: disinfect.</p>");
        ControlledDocument sop = control.place("u-alice", PAGE, "SOP", null);
        control.apply(sop.id(), new LifecycleCommand.Submit("u-alice", current().contentHash()), null);
        int[] transactions = {0};
        org.eqms.audit.Transactions counting = new org.eqms.audit.Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                transactions[0]++;
                return ledger.transactions().inTransaction(work);
            }
        };
        DocumentControl counted = new DocumentControl(repository, new QmsSpaceConfiguration(ReviewEditPolicy.RETURN_TO_DRAFT),
                confluence, new AoNumberSequence(ao, new InProcessLedgerLock()), confluence, confluence, confluence,
                ledger.auditTrail(), counting, new InProcessDocumentLocks(), clock);

        assertThat(counted.recordApprovalAndApproveIfComplete(sop.id(), signedApproval("u-bob", "bob"), null)).isEmpty();
        assertThat(latest(sop).state()).isEqualTo(DocumentState.IN_REVIEW);
        transactions[0] = 0;
        var approved = counted.recordApprovalAndApproveIfComplete(sop.id(), signedApproval("u-carol", "carol"), null);

        assertThat(approved).isPresent();
        assertThat(latest(sop).state()).isEqualTo(DocumentState.APPROVED);
        assertThat(latest(sop).approvals()).hasSize(2);
        assertThat(transactions[0]).as("the approval and the move to Approved are one transaction").isEqualTo(1);
    }

    private Approval signedApproval(String userKey, String username) {
        SigningChallenge challenge = signing.signatures().challenge(userKey, "confluence.page", String.valueOf(PAGE), null);
        SignatureRecord signature = signing.signatures().sign(userKey, new SigningRequest(challenge.id(), "Approved",
                "reviewed", Credentials.password(username, username + "-pw"), "session-" + userKey + clock.instant(), null));
        clock.advance(Duration.ofSeconds(30));
        return new Approval(signature.id(), userKey, signature.meaning(), "approvers", signature.time(),
                signature.contentHash(), false);
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

    private Revision latest(ControlledDocument sop) {
        List<Revision> revisions = repository.revisions(sop.id());
        return revisions.get(revisions.size() - 1);
    }

    private org.eqms.document.PageVersion current() {
        return confluence.current(PAGE).orElseThrow();
    }
}
