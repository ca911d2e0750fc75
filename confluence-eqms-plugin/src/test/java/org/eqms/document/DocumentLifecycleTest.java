package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.eqms.document.LifecycleFixtures.AUTHOR;
import static org.eqms.document.LifecycleFixtures.CONTROLLER;
import static org.eqms.document.LifecycleFixtures.DOC;
import static org.eqms.document.LifecycleFixtures.H1;
import static org.eqms.document.LifecycleFixtures.H2;
import static org.eqms.document.LifecycleFixtures.NOW;
import static org.eqms.document.LifecycleFixtures.QA_1;
import static org.eqms.document.LifecycleFixtures.QA_2;
import static org.eqms.document.LifecycleFixtures.REG_1;
import static org.eqms.document.LifecycleFixtures.STRANGER;
import static org.eqms.document.LifecycleFixtures.approval;
import static org.eqms.document.LifecycleFixtures.lifecycle;
import static org.eqms.document.LifecycleFixtures.revisionIn;
import static org.eqms.document.LifecycleFixtures.validCommand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentLifecycleTest {

    /** The whole transition table: (from, action, policy) → the state reached, or null when the action is refused. */
    static Stream<Arguments> everyStateActionAndPolicy() {
        List<Arguments> rows = new ArrayList<>();
        for (ReviewEditPolicy policy : ReviewEditPolicy.values()) {
            for (DocumentState from : DocumentState.values()) {
                for (LifecycleAction action : LifecycleAction.values()) {
                    rows.add(Arguments.of(from, action, policy, expected(from, action, policy)));
                }
            }
        }
        return rows.stream();
    }

    /** Written out by hand from the issue, independent of the implementation's table. */
    private static DocumentState expected(DocumentState from, LifecycleAction action, ReviewEditPolicy policy) {
        return switch (from) {
            case DRAFT -> action == LifecycleAction.SUBMIT ? DocumentState.IN_REVIEW : null;
            case IN_REVIEW -> switch (action) {
                case WITHDRAW, REJECT -> DocumentState.DRAFT;
                case APPROVE -> DocumentState.APPROVED;
                case EDIT_DURING_REVIEW -> policy == ReviewEditPolicy.RETURN_TO_DRAFT
                        ? DocumentState.DRAFT : DocumentState.IN_REVIEW;
                default -> null;
            };
            case APPROVED -> action == LifecycleAction.MAKE_EFFECTIVE ? DocumentState.EFFECTIVE : null;
            case EFFECTIVE -> action == LifecycleAction.SUPERSEDE ? DocumentState.SUPERSEDED
                    : action == LifecycleAction.MAKE_OBSOLETE ? DocumentState.OBSOLETE : null;
            case SUPERSEDED, OBSOLETE -> null;
        };
    }

    @ParameterizedTest(name = "{0} + {1} ({2}) → {3}")
    @MethodSource("everyStateActionAndPolicy")
    @Clause("21CFR11.10(f)")
    @Clause("ISO13485-4.2.4")
    void everyStateAndActionPairIsEitherTheDocumentedTransitionOrRefusedWithoutChange(
            DocumentState from, LifecycleAction action, ReviewEditPolicy policy, DocumentState expected) {
        Revision before = revisionIn(from);
        Revision copy = new Revision(before.documentId(), before.label(), before.state(), before.authorKey(),
                before.changeReason(), before.contentHash(), before.approvals(), before.scheduledEffective(),
                before.effectiveAt(), before.supersededBy());
        DocumentLifecycle lc = lifecycle(policy);

        if (expected != null) {
            Transition t = lc.apply(before, validCommand(action));
            assertThat(t.revision().state()).isEqualTo(expected);
            assertThat(t.events()).isNotEmpty();
            assertThat(DocumentLifecycle.allowedActions(from)).contains(action);
        } else {
            IllegalTransitionException e = catchThrowableOfType(
                    () -> lc.apply(before, validCommand(action)), IllegalTransitionException.class);
            assertThat(e).as("%s must be refused from %s", action, from).isNotNull();
            assertThat(e.code()).isEqualTo("not_allowed_in_state");
            assertThat(e.httpStatus()).isEqualTo(409);
            assertThat(e.state()).isEqualTo(from);
            assertThat(e.action()).isEqualTo(action);
            assertThat(e.getMessage()).contains(DocumentLifecycle.display(from))
                    .contains("allowed only from " + DocumentLifecycle.display(DocumentLifecycle.allowedFrom(action)));
            assertThat(e.hint()).isNotBlank();
            assertThat(DocumentLifecycle.allowedActions(from)).doesNotContain(action);
        }
        assertThat(before).isEqualTo(copy);
    }

    static Stream<Arguments> allowedActionsPerState() {
        return Stream.of(
                Arguments.of(DocumentState.DRAFT, EnumSet.of(LifecycleAction.SUBMIT)),
                Arguments.of(DocumentState.IN_REVIEW, EnumSet.of(LifecycleAction.WITHDRAW, LifecycleAction.REJECT,
                        LifecycleAction.APPROVE, LifecycleAction.EDIT_DURING_REVIEW)),
                Arguments.of(DocumentState.APPROVED, EnumSet.of(LifecycleAction.MAKE_EFFECTIVE)),
                Arguments.of(DocumentState.EFFECTIVE, EnumSet.of(LifecycleAction.SUPERSEDE, LifecycleAction.MAKE_OBSOLETE)),
                Arguments.of(DocumentState.SUPERSEDED, EnumSet.noneOf(LifecycleAction.class)),
                Arguments.of(DocumentState.OBSOLETE, EnumSet.noneOf(LifecycleAction.class)));
    }

    @ParameterizedTest(name = "{0} allows {1}")
    @MethodSource("allowedActionsPerState")
    void allowedActionsArePublishedPerStateForTheUi(DocumentState state, Set<LifecycleAction> actions) {
        assertThat(DocumentLifecycle.allowedActions(state)).isEqualTo(actions);
    }

    /** Refused preconditions of legal-state actions: (state, command, refusal). */
    static Stream<Arguments> refusedConditions() {
        return Stream.of(
                Arguments.of("blank actor", DocumentState.DRAFT, new LifecycleCommand.Submit(" ", H1),
                        TransitionRefusal.ACTOR_REQUIRED),
                Arguments.of("submit without content hash", DocumentState.DRAFT,
                        new LifecycleCommand.Submit(AUTHOR, null), TransitionRefusal.CONTENT_HASH_REQUIRED),
                Arguments.of("reject without reason", DocumentState.IN_REVIEW,
                        new LifecycleCommand.Reject(QA_1, null), TransitionRefusal.REASON_REQUIRED),
                Arguments.of("reject with blank reason", DocumentState.IN_REVIEW,
                        new LifecycleCommand.Reject(QA_1, "  "), TransitionRefusal.REASON_REQUIRED),
                Arguments.of("reject by someone not an approver", DocumentState.IN_REVIEW,
                        new LifecycleCommand.Reject(STRANGER, "No"), TransitionRefusal.NOT_AN_APPROVER),
                Arguments.of("withdraw by an approver who is not the author", DocumentState.IN_REVIEW,
                        new LifecycleCommand.Withdraw(QA_1, null), TransitionRefusal.NOT_AUTHOR_OR_CONTROLLER),
                Arguments.of("withdraw by a stranger", DocumentState.IN_REVIEW,
                        new LifecycleCommand.Withdraw(STRANGER, "x"), TransitionRefusal.NOT_AUTHOR_OR_CONTROLLER),
                Arguments.of("edit without content hash", DocumentState.IN_REVIEW,
                        new LifecycleCommand.EditDuringReview(AUTHOR, ""), TransitionRefusal.CONTENT_HASH_REQUIRED),
                Arguments.of("edit that does not change the content", DocumentState.IN_REVIEW,
                        new LifecycleCommand.EditDuringReview(AUTHOR, H1), TransitionRefusal.CONTENT_UNCHANGED),
                Arguments.of("effective date in the past", DocumentState.APPROVED,
                        new LifecycleCommand.MakeEffective(CONTROLLER, NOW.minusMillis(1)),
                        TransitionRefusal.EFFECTIVE_DATE_IN_PAST),
                Arguments.of("supersede without successor", DocumentState.EFFECTIVE,
                        new LifecycleCommand.Supersede(CONTROLLER, null), TransitionRefusal.SUCCESSOR_REQUIRED),
                Arguments.of("supersede by itself", DocumentState.EFFECTIVE,
                        new LifecycleCommand.Supersede(CONTROLLER, "A"), TransitionRefusal.SUCCESSOR_REQUIRED),
                Arguments.of("obsolete without signature", DocumentState.EFFECTIVE,
                        new LifecycleCommand.MakeObsolete(CONTROLLER, null, "Obsoleted", "Retired"),
                        TransitionRefusal.SIGNATURE_REQUIRED),
                Arguments.of("obsolete without meaning", DocumentState.EFFECTIVE,
                        new LifecycleCommand.MakeObsolete(CONTROLLER, "s-obs", "", "Retired"),
                        TransitionRefusal.SIGNATURE_REQUIRED),
                Arguments.of("obsolete without reason", DocumentState.EFFECTIVE,
                        new LifecycleCommand.MakeObsolete(CONTROLLER, "s-obs", "Obsoleted", null),
                        TransitionRefusal.SIGNATURE_REQUIRED));
    }

    @ParameterizedTest(name = "{0} is refused with {3}")
    @MethodSource("refusedConditions")
    @Clause("21CFR11.10(f)")
    void actionsWhoseConditionsAreNotMetAreRefusedAndChangeNothing(String why, DocumentState state,
                                                                    LifecycleCommand command, TransitionRefusal refusal) {
        Revision before = revisionIn(state);
        IllegalTransitionException e = catchThrowableOfType(() -> lifecycle().apply(before, command),
                IllegalTransitionException.class);
        assertThat(e).isNotNull();
        assertThat(e.refusal()).isEqualTo(refusal);
        assertThat(e.code()).isEqualTo(refusal.name().toLowerCase());
        assertThat(e.getMessage()).isNotBlank();
        assertThat(e.hint()).isNotBlank();
        assertThat(before).isEqualTo(revisionIn(state));
    }

    @Test
    @Clause("ISO13485-4.2.4")
    void approveIsRefusedUntilTheApprovalRuleIsSatisfiedAndNamesWhatIsMissing() {
        DocumentLifecycle lc = lifecycle();
        Revision r = lc.apply(LifecycleFixtures.draft(), new LifecycleCommand.Submit(AUTHOR, H1)).revision();
        r = lc.recordApproval(r, approval("s1", QA_1, "qa", H1, 0)).revision();
        Revision halfway = r;

        IllegalTransitionException e = catchThrowableOfType(
                () -> lc.apply(halfway, new LifecycleCommand.Approve(CONTROLLER)), IllegalTransitionException.class);

        assertThat(e.refusal()).isEqualTo(TransitionRefusal.APPROVAL_RULE_NOT_SATISFIED);
        assertThat(e.getMessage()).contains("reg 0 of 1");
        Revision done = lc.recordApproval(halfway, approval("s2", REG_1, "reg", H1, 1)).revision();
        assertThat(lc.apply(done, new LifecycleCommand.Approve(CONTROLLER)).revision().state())
                .isEqualTo(DocumentState.APPROVED);
    }

    @Test
    void aStateChangeEventCarriesOldAndNewStateActorAndReason() {
        Transition t = lifecycle().apply(revisionIn(DocumentState.IN_REVIEW),
                new LifecycleCommand.Reject(REG_1, "Missing risk reference"));

        assertThat(t.events()).last().isEqualTo(new RevisionEvent.StateChanged(DOC, "A", DocumentState.IN_REVIEW,
                DocumentState.DRAFT, LifecycleAction.REJECT, REG_1, "Missing risk reference", null, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleAction.class, names = {"WITHDRAW", "REJECT"})
    @Clause("21CFR11.70")
    void aReviewRoundEndedWithoutApprovalInvalidatesItsSignaturesButKeepsThem(LifecycleAction action) {
        String actor = action == LifecycleAction.WITHDRAW ? CONTROLLER : QA_2;
        LifecycleCommand command = action == LifecycleAction.WITHDRAW
                ? new LifecycleCommand.Withdraw(actor, null) : new LifecycleCommand.Reject(actor, "Wrong scope");

        Transition t = lifecycle().apply(revisionIn(DocumentState.IN_REVIEW), command);

        assertThat(t.revision().state()).isEqualTo(DocumentState.DRAFT);
        assertThat(t.revision().approvals()).extracting(Approval::signatureId).containsExactly("s-qa", "s-reg");
        assertThat(t.revision().approvals()).allMatch(Approval::invalidated);
        assertThat(t.events().get(0)).isInstanceOfSatisfying(RevisionEvent.SignaturesInvalidated.class,
                e -> assertThat(e.signatureIds()).containsExactly("s-qa", "s-reg"));
        assertThat(lifecycle().progress(t.revision()).isSatisfied()).isFalse();
    }

    @Test
    @Clause("21CFR11.70")
    void anEditDuringReviewReturnsToDraftAndInvalidatesEverySignatureWhenThePolicySaysSo() {
        Transition t = lifecycle(ReviewEditPolicy.RETURN_TO_DRAFT).apply(revisionIn(DocumentState.IN_REVIEW),
                new LifecycleCommand.EditDuringReview(AUTHOR, H2));

        assertThat(t.revision().state()).isEqualTo(DocumentState.DRAFT);
        assertThat(t.revision().contentHash()).isEqualTo(H2);
        assertThat(t.revision().approvals()).hasSize(2).allMatch(Approval::invalidated);
        assertThat(t.events()).containsExactly(
                new RevisionEvent.SignaturesInvalidated(DOC, "A", List.of("s-qa", "s-reg"), H1, H2,
                        "Page edited during review", NOW),
                new RevisionEvent.StateChanged(DOC, "A", DocumentState.IN_REVIEW, DocumentState.DRAFT,
                        LifecycleAction.EDIT_DURING_REVIEW, AUTHOR, "Page edited during review", null, NOW));
    }

    @Test
    @Clause("21CFR11.70")
    void anEditDuringReviewRestartsTheReviewOnTheNewContentWhenThePolicySaysSo() {
        DocumentLifecycle lc = lifecycle(ReviewEditPolicy.RESTART_REVIEW);
        Transition t = lc.apply(revisionIn(DocumentState.IN_REVIEW), new LifecycleCommand.EditDuringReview(AUTHOR, H2));

        assertThat(t.revision().state()).isEqualTo(DocumentState.IN_REVIEW);
        assertThat(t.revision().approvals()).hasSize(2).allMatch(Approval::invalidated);
        assertThat(t.events()).last().isEqualTo(new RevisionEvent.ReviewRestarted(DOC, "A", AUTHOR, H1, H2, NOW));
        assertThat(lc.progress(t.revision()).groups()).extracting(ApprovalProgress.GroupProgress::count)
                .containsExactly(0, 0);
        assertThat(catchThrowableOfType(() -> lc.apply(t.revision(), new LifecycleCommand.Approve(CONTROLLER)),
                IllegalTransitionException.class).refusal()).isEqualTo(TransitionRefusal.APPROVAL_RULE_NOT_SATISFIED);
        assertThat(lc.progress(t.revision()).canSign(QA_1).allowed()).as("the same approver signs again").isTrue();
    }

    @Test
    void makeEffectiveWithoutADateOrAtNowIsImmediate() {
        for (Instant when : new Instant[] {null, NOW}) {
            Transition t = lifecycle().apply(revisionIn(DocumentState.APPROVED),
                    new LifecycleCommand.MakeEffective(CONTROLLER, when));
            assertThat(t.revision().state()).isEqualTo(DocumentState.EFFECTIVE);
            assertThat(t.revision().effectiveAt()).isEqualTo(NOW);
        }
    }

    @Test
    void aScheduledEffectiveDateKeepsTheRevisionApprovedUntilTheClockPassesIt() {
        Instant date = NOW.plus(Duration.ofDays(3));
        Transition scheduled = lifecycle().apply(revisionIn(DocumentState.APPROVED),
                new LifecycleCommand.MakeEffective(CONTROLLER, date));

        assertThat(scheduled.revision().state()).isEqualTo(DocumentState.APPROVED);
        assertThat(scheduled.revision().scheduledEffective()).isEqualTo(date);
        assertThat(scheduled.events()).containsExactly(
                new RevisionEvent.EffectiveDateScheduled(DOC, "A", CONTROLLER, null, date, NOW));
        assertThat(lifecycleAt(date.minusMillis(1)).becomeEffectiveIfDue(scheduled.revision())).isEmpty();

        Instant tick = date.plusSeconds(5);
        Transition effective = lifecycleAt(tick).becomeEffectiveIfDue(scheduled.revision()).orElseThrow();
        assertThat(effective.revision().state()).isEqualTo(DocumentState.EFFECTIVE);
        assertThat(effective.revision().effectiveAt()).isEqualTo(date);
        assertThat(effective.revision().scheduledEffective()).isNull();
        assertThat(effective.events()).containsExactly(new RevisionEvent.StateChanged(DOC, "A",
                DocumentState.APPROVED, DocumentState.EFFECTIVE, LifecycleAction.MAKE_EFFECTIVE,
                DocumentLifecycle.SCHEDULER, "Scheduled effective date " + date + " reached", null, tick));
    }

    @Test
    void aScheduledDateCanBeMovedAndTheClockIgnoresRevisionsNotScheduled() {
        Instant first = NOW.plus(Duration.ofDays(3));
        Instant second = NOW.plus(Duration.ofDays(5));
        Revision once = lifecycle().apply(revisionIn(DocumentState.APPROVED),
                new LifecycleCommand.MakeEffective(CONTROLLER, first)).revision();

        Transition moved = lifecycle().apply(once, new LifecycleCommand.MakeEffective(CONTROLLER, second));

        assertThat(moved.revision().scheduledEffective()).isEqualTo(second);
        assertThat(moved.events()).containsExactly(
                new RevisionEvent.EffectiveDateScheduled(DOC, "A", CONTROLLER, first, second, NOW));
        for (DocumentState state : DocumentState.values()) {
            assertThat(lifecycleAt(NOW.plus(Duration.ofDays(400))).becomeEffectiveIfDue(revisionIn(state))).isEmpty();
        }
    }

    @Test
    @Clause("21CFR11.50")
    void obsoleteRecordsTheSignatureMeaningAndReason() {
        Transition t = lifecycle().apply(revisionIn(DocumentState.EFFECTIVE),
                new LifecycleCommand.MakeObsolete(CONTROLLER, "s-9", "Obsoleted", "Process retired"));

        assertThat(t.revision().state()).isEqualTo(DocumentState.OBSOLETE);
        assertThat(t.events()).containsExactly(new RevisionEvent.StateChanged(DOC, "A", DocumentState.EFFECTIVE,
                DocumentState.OBSOLETE, LifecycleAction.MAKE_OBSOLETE, CONTROLLER, "Obsoleted: Process retired",
                "s-9", NOW));
        assertThat(t.revision().effectiveAt()).as("the effective period stays on record").isEqualTo(NOW);
    }

    @Test
    void supersedeNamesTheSuccessor() {
        Transition t = lifecycle().apply(revisionIn(DocumentState.EFFECTIVE),
                new LifecycleCommand.Supersede(CONTROLLER, "B"));

        assertThat(t.revision().state()).isEqualTo(DocumentState.SUPERSEDED);
        assertThat(t.revision().supersededBy()).isEqualTo("B");
    }

    @Test
    @Clause("21CFR11.70")
    void anApprovalOfContentThatIsNoLongerCurrentIsKeptInvalidatedAndNeverCounts() {
        DocumentLifecycle lc = lifecycle();
        Revision r = lc.apply(LifecycleFixtures.draft(), new LifecycleCommand.Submit(AUTHOR, H2)).revision();

        Transition t = lc.recordApproval(r, approval("s-late", QA_1, "qa", H1, 0));

        assertThat(t.revision().approvals()).containsExactly(approval("s-late", QA_1, "qa", H1, 0).invalidate());
        assertThat(t.events()).hasSize(2);
        assertThat(t.events().get(0)).isInstanceOfSatisfying(RevisionEvent.ApprovalRecorded.class,
                e -> assertThat(e.counted()).isFalse());
        assertThat(t.events().get(1)).isInstanceOfSatisfying(RevisionEvent.SignaturesInvalidated.class,
                e -> assertThat(e.signatureIds()).containsExactly("s-late"));
        assertThat(lc.progress(t.revision()).group("qa").count()).isZero();
    }

    static Stream<Arguments> refusedApprovals() {
        return Stream.of(
                Arguments.of("revision not in review", DocumentState.DRAFT, approval("s-x", QA_2, "qa", H1, 0),
                        ApprovalRefusal.NOT_IN_REVIEW),
                Arguments.of("revision approved", DocumentState.APPROVED, approval("s-x", QA_2, "qa", H1, 0),
                        ApprovalRefusal.NOT_IN_REVIEW),
                Arguments.of("signature recorded twice", DocumentState.IN_REVIEW,
                        approval("s-qa", QA_2, "qa", H1, 0), ApprovalRefusal.DUPLICATE_SIGNATURE),
                Arguments.of("approver signs twice", DocumentState.IN_REVIEW, approval("s-x", QA_1, "qa", H1, 0),
                        ApprovalRefusal.ALREADY_SIGNED),
                Arguments.of("group quorum already met", DocumentState.IN_REVIEW,
                        approval("s-x", QA_2, "qa", H1, 0), ApprovalRefusal.GROUP_QUORUM_COMPLETE),
                Arguments.of("stranger", DocumentState.IN_REVIEW, approval("s-x", STRANGER, "reg", H1, 0),
                        ApprovalRefusal.NOT_IN_REQUIRED_GROUP),
                Arguments.of("author", DocumentState.IN_REVIEW, approval("s-x", AUTHOR, "qa", H1, 0),
                        ApprovalRefusal.AUTHOR_MAY_NOT_APPROVE));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("refusedApprovals")
    void refusedApprovalsLeaveTheRevisionUnchanged(String why, DocumentState state, Approval approval,
                                                   ApprovalRefusal refusal) {
        Revision before = revisionIn(state);
        ApprovalRefusedException e = catchThrowableOfType(() -> lifecycle().recordApproval(before, approval),
                ApprovalRefusedException.class);
        assertThat(e).isNotNull();
        assertThat(e.refusal()).isEqualTo(refusal);
        assertThat(e.hint()).isNotBlank();
        assertThat(before).isEqualTo(revisionIn(state));
    }

    private static DocumentLifecycle lifecycleAt(Instant now) {
        return new DocumentLifecycle(LifecycleFixtures.RULE, LifecycleFixtures.MEMBERSHIP,
                LifecycleFixtures.CONTROLLERS, ReviewEditPolicy.RETURN_TO_DRAFT, Clock.fixed(now, ZoneOffset.UTC));
    }
}
