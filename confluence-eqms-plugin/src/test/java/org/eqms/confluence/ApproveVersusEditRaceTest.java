package org.eqms.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.InProcessLedgerLock;
import org.eqms.compliance.Clause;
import org.eqms.confluence.store.AoDocumentRepository;
import org.eqms.confluence.store.AoNumberSequence;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.document.Approval;
import org.eqms.document.ApprovalRefusedException;
import org.eqms.document.ApprovalRule;
import org.eqms.document.ControlledDocument;
import org.eqms.document.ControlledScope;
import org.eqms.document.DocumentControl;
import org.eqms.document.DocumentControlException;
import org.eqms.document.DocumentNumberFormat;
import org.eqms.document.DocumentState;
import org.eqms.document.DocumentType;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.IllegalTransitionException;
import org.eqms.document.InProcessDocumentLocks;
import org.eqms.document.LifecycleCommand;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.Revision;
import org.eqms.document.RevisionScheme;
import org.eqms.document.SpaceConfiguration;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningRefusedException;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;

import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approving and editing the same page at once, many times over: whichever wins, no signature ever counts for
 * content other than what it signed, and nothing becomes Effective on content that differs from its signatures.
 */
class ApproveVersusEditRaceTest {
    private static final int ROUNDS = 12;

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void aSignatureIsEitherOnTheContentThatBecomesEffectiveOrInvalidated(ActiveObjects ao) throws Exception {
        ao.migrate(ConfluenceEntities.array());
        Clock clock = Clock.systemUTC();
        TestConfluence confluence = new TestConfluence();
        TestSigningPorts people = TestSigningPorts.standard();
        confluence.user("u-alice", "Alice Author");
        confluence.user("u-bob", "Bob Approver", "approvers");
        confluence.user("u-carol", "Carol Approver", "approvers");
        confluence.controller("u-ann");
        AoLedger ledger = TestLedger.on(ao, clock);
        AoLedger.Signing signing = ledger.signing(people, people, confluence, people, () -> SigningPolicy.DEFAULT, "eQMS");
        AoDocumentRepository repository = new AoDocumentRepository(ao);
        DocumentControl control = new DocumentControl(repository, configuration(), confluence,
                new AoNumberSequence(ao, new InProcessLedgerLock()), confluence, confluence, confluence,
                ledger.auditTrail(), ledger.transactions(), new InProcessDocumentLocks(), clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int effectiveRounds = 0;
        int refusedRounds = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long page = 9000 + round;
                confluence.edit("QMS", page, "SOP " + round, "<p>original " + round + "</p>");
                ControlledDocument sop = control.place("u-alice", page, "SOP", null);
                control.apply(sop.id(), new LifecycleCommand.Submit("u-alice",
                        confluence.current(page).orElseThrow().contentHash()), null);
                approve(signing, control, sop, page, "u-bob", "bob");

                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> approving = pool.submit(() -> {
                    go.await();
                    try {
                        approve(signing, control, sop, page, "u-carol", "carol");
                        control.apply(sop.id(), new LifecycleCommand.Approve("u-ann"), null);
                        control.apply(sop.id(), new LifecycleCommand.MakeEffective("u-ann", null), null);
                        return true;
                    } catch (SigningRefusedException | IllegalTransitionException | DocumentControlException
                             | ApprovalRefusedException refused) {
                        // the edit won: the page changed under the signer, or the revision went back to Draft
                        return false;
                    }
                });
                long editDelayMillis = round * 40L;
                Future<?> editing = pool.submit(() -> {
                    go.await();
                    Thread.sleep(editDelayMillis); // spread the edit across the approval steps, from before to after

                    confluence.edit("QMS", page, "SOP", "<p>edited while approving</p>");
                    control.pageEdited(page, "u-alice", null);
                    return null;
                });
                go.countDown();
                boolean madeEffective = approving.get(60, TimeUnit.SECONDS);
                editing.get(60, TimeUnit.SECONDS);

                List<Revision> revisions = repository.revisions(sop.id());
                Revision revision = revisions.get(revisions.size() - 1);
                for (Approval approval : revision.approvals()) {
                    if (!approval.invalidated()) {
                        assertThat(approval.contentHash()).as("round %d: a counted signature covers the revision's content", round)
                                .isEqualTo(revision.contentHash());
                    }
                }
                if (revision.state() == DocumentState.APPROVED || revision.state() == DocumentState.EFFECTIVE) {
                    assertThat(revision.approvals().stream().filter(a -> !a.invalidated()).count()).isGreaterThanOrEqualTo(2);
                }
                if (revision.state() == DocumentState.EFFECTIVE) {
                    EffectiveSnapshot snapshot = repository.snapshots(sop.id()).get(0);
                    assertThat(snapshot.contentHash()).as("round %d: the effective content is what was signed", round)
                            .isEqualTo(revision.contentHash());
                    effectiveRounds++;
                } else {
                    assertThat(repository.snapshots(sop.id())).isEmpty();
                }
                if (!madeEffective) {
                    refusedRounds++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("[ApproveVersusEditRaceTest] %d rounds: %d became Effective, %d refused by the edit%n",
                ROUNDS, effectiveRounds, refusedRounds);
        assertThat(effectiveRounds + refusedRounds).isGreaterThanOrEqualTo(ROUNDS);
        assertThat(ledger.verifier().verify().valid()).isTrue();
    }

    private static void approve(AoLedger.Signing signing, DocumentControl control, ControlledDocument sop, long page,
                                String userKey, String username) {
        SigningChallenge challenge = signing.signatures().challenge(userKey, "confluence.page", String.valueOf(page), null);
        SignatureRecord signature = signing.signatures().sign(userKey, new SigningRequest(challenge.id(), "Approved",
                null, Credentials.password(username, username + "-pw"), null, null));
        control.recordApproval(sop.id(), new Approval(signature.id(), userKey, signature.meaning(), "approvers",
                signature.time(), signature.contentHash(), false), null);
    }

    private static SpaceConfiguration configuration() {
        DocumentType sop = new DocumentType("SOP", "Standard operating procedure", DocumentNumberFormat.of("SOP-{0000}"),
                RevisionScheme.LETTERS, Period.ofMonths(24), false, "two");
        return new SpaceConfiguration() {
            @Override
            public Optional<ControlledScope> scope(String spaceKey) {
                return Optional.of(ControlledScope.wholeSpace(spaceKey));
            }

            @Override
            public Optional<DocumentType> type(String spaceKey, String typeKey) {
                return Optional.of(sop);
            }

            @Override
            public Optional<ApprovalRule> approvalRule(String spaceKey, String ruleKey) {
                return Optional.of(ApprovalRule.of(ApprovalRule.group("approvers", 2)));
            }

            @Override
            public ReviewEditPolicy reviewEditPolicy(String spaceKey) {
                return ReviewEditPolicy.RETURN_TO_DRAFT;
            }
        };
    }
}
