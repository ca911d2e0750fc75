package org.eqms.document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state machine of one revision of a controlled document (ISO 13485 §4.2.4, 21 CFR 11.10(f) operational checks):
 *
 * <pre>
 * SUBMIT             Draft      → In Review
 * WITHDRAW           In Review  → Draft        author or document controller
 * REJECT             In Review  → Draft        reason mandatory; approver or document controller
 * APPROVE            In Review  → Approved     approval rule satisfied by valid approvals of the current content
 * EDIT_DURING_REVIEW In Review  → Draft | In Review (restarted), per {@link ReviewEditPolicy}; signatures invalidated
 * MAKE_EFFECTIVE     Approved   → Effective    now, or Approved with a scheduled date ≥ now that the clock passes
 * SUPERSEDE          Effective  → Superseded   when the next revision becomes Effective
 * MAKE_OBSOLETE      Effective  → Obsolete     signature (id, meaning) and reason
 * </pre>
 *
 * Every other (state, action) pair is refused with an {@link IllegalTransitionException}; a refused action changes
 * nothing ({@link Revision} is immutable and the caller keeps the one it had). Each legal step returns the new
 * revision and the {@link RevisionEvent}s to audit. A review round that ends without approval (withdraw, reject, edit
 * back to Draft) invalidates the approvals collected in it, so a new round starts from no signatures.
 */
public final class DocumentLifecycle {

    /** The actor recorded when the clock makes a scheduled revision effective. */
    public static final String SCHEDULER = "eqms-scheduler";

    private static final Map<LifecycleAction, DocumentState> FROM = new EnumMap<>(LifecycleAction.class);

    static {
        FROM.put(LifecycleAction.SUBMIT, DocumentState.DRAFT);
        FROM.put(LifecycleAction.WITHDRAW, DocumentState.IN_REVIEW);
        FROM.put(LifecycleAction.REJECT, DocumentState.IN_REVIEW);
        FROM.put(LifecycleAction.APPROVE, DocumentState.IN_REVIEW);
        FROM.put(LifecycleAction.EDIT_DURING_REVIEW, DocumentState.IN_REVIEW);
        FROM.put(LifecycleAction.MAKE_EFFECTIVE, DocumentState.APPROVED);
        FROM.put(LifecycleAction.SUPERSEDE, DocumentState.EFFECTIVE);
        FROM.put(LifecycleAction.MAKE_OBSOLETE, DocumentState.EFFECTIVE);
    }

    private final ApprovalRule rule;
    private final GroupMembership membership;
    private final DocumentControllers controllers;
    private final ReviewEditPolicy editPolicy;
    private final Clock clock;

    public DocumentLifecycle(ApprovalRule rule, GroupMembership membership, DocumentControllers controllers,
                             ReviewEditPolicy editPolicy, Clock clock) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.membership = Objects.requireNonNull(membership, "membership");
        this.controllers = Objects.requireNonNull(controllers, "controllers");
        this.editPolicy = Objects.requireNonNull(editPolicy, "editPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The only state the action is allowed from. */
    public static DocumentState allowedFrom(LifecycleAction action) {
        return FROM.get(action);
    }

    /** The actions allowed from a state (empty for Superseded and Obsolete, which are final). */
    public static Set<LifecycleAction> allowedActions(DocumentState state) {
        Set<LifecycleAction> actions = EnumSet.noneOf(LifecycleAction.class);
        FROM.forEach((action, from) -> {
            if (from == state) {
                actions.add(action);
            }
        });
        return Collections.unmodifiableSet(actions);
    }

    /** The state the action leads to under an edit policy (an immediate MAKE_EFFECTIVE). */
    public static DocumentState target(LifecycleAction action, ReviewEditPolicy editPolicy) {
        return switch (action) {
            case SUBMIT -> DocumentState.IN_REVIEW;
            case WITHDRAW, REJECT -> DocumentState.DRAFT;
            case APPROVE -> DocumentState.APPROVED;
            case EDIT_DURING_REVIEW -> editPolicy == ReviewEditPolicy.RETURN_TO_DRAFT
                    ? DocumentState.DRAFT : DocumentState.IN_REVIEW;
            case MAKE_EFFECTIVE -> DocumentState.EFFECTIVE;
            case SUPERSEDE -> DocumentState.SUPERSEDED;
            case MAKE_OBSOLETE -> DocumentState.OBSOLETE;
        };
    }

    /** The approval rule's evaluation of the revision as it stands. */
    public ApprovalProgress progress(Revision revision) {
        return ApprovalProgress.of(rule, membership, revision);
    }

    /**
     * Apply one action.
     *
     * @throws IllegalTransitionException when the action is not allowed from the revision's state or its conditions
     *                                    are not met; nothing changed
     */
    public Transition apply(Revision revision, LifecycleCommand command) {
        Objects.requireNonNull(revision, "revision");
        LifecycleAction action = Objects.requireNonNull(command, "command").action();
        if (FROM.get(action) != revision.state()) {
            throw notAllowed(revision, action);
        }
        if (NonBlank.isBlank(command.actorKey())) {
            throw refuse(TransitionRefusal.ACTOR_REQUIRED, revision, action, "No acting user was given for "
                    + describe(action) + ".", "Sign in and try again.");
        }
        Instant now = clock.instant();
        if (command instanceof LifecycleCommand.Submit c) {
            return submit(revision, c, now);
        } else if (command instanceof LifecycleCommand.Withdraw c) {
            return withdraw(revision, c, now);
        } else if (command instanceof LifecycleCommand.Reject c) {
            return reject(revision, c, now);
        } else if (command instanceof LifecycleCommand.Approve c) {
            return approve(revision, c, now);
        } else if (command instanceof LifecycleCommand.MakeEffective c) {
            return makeEffective(revision, c, now);
        } else if (command instanceof LifecycleCommand.Supersede c) {
            return supersede(revision, c, now);
        } else if (command instanceof LifecycleCommand.MakeObsolete c) {
            return makeObsolete(revision, c, now);
        } else {
            return editDuringReview(revision, (LifecycleCommand.EditDuringReview) command, now);
        }
    }

    /**
     * The clock's side of a scheduled effective date: an Approved revision whose scheduled date has come becomes
     * Effective as of that date. Empty when nothing is due.
     */
    public Optional<Transition> becomeEffectiveIfDue(Revision revision) {
        Instant scheduled = revision.scheduledEffective();
        Instant now = clock.instant();
        if (revision.state() != DocumentState.APPROVED || scheduled == null || now.isBefore(scheduled)
                || !progress(revision).isSatisfied()) {
            return Optional.empty();
        }
        Revision effective = revision.effectiveSince(scheduled);
        return Optional.of(new Transition(effective, List.of(stateChanged(revision, effective,
                LifecycleAction.MAKE_EFFECTIVE, SCHEDULER, "Scheduled effective date " + scheduled + " reached", null,
                now))));
    }

    /**
     * Record an approval signature collected for a revision In Review. An approval of content that is no longer the
     * revision's content (a signing that raced an edit) is kept but recorded invalidated: it never counts.
     *
     * @throws ApprovalRefusedException when the revision is not In Review, the signature is already recorded, or the
     *                                  signer may not approve for that group now; nothing changed
     */
    public Transition recordApproval(Revision revision, Approval approval) {
        Objects.requireNonNull(approval, "approval");
        if (revision.state() != DocumentState.IN_REVIEW) {
            throw new ApprovalRefusedException(ApprovalRefusal.NOT_IN_REVIEW, "Revision " + revision.label()
                    + " of document " + revision.documentId() + " is " + display(revision.state())
                    + "; approvals are collected only In Review.");
        }
        boolean duplicate = revision.approvals().stream()
                .anyMatch(a -> a.signatureId().equals(approval.signatureId()));
        if (duplicate) {
            throw new ApprovalRefusedException(ApprovalRefusal.DUPLICATE_SIGNATURE,
                    "Signature " + approval.signatureId() + " is already recorded for revision " + revision.label() + ".");
        }
        Instant now = clock.instant();
        List<Approval> approvals = new ArrayList<>(revision.approvals());
        if (!SignatureInvalidation.mayCount(approval, revision.contentHash())) {
            approvals.add(approval.invalidate());
            return new Transition(revision.withApprovals(approvals), List.of(
                    recorded(revision, approval, false, now),
                    new RevisionEvent.SignaturesInvalidated(revision.documentId(), revision.label(),
                            List.of(approval.signatureId()), approval.contentHash(), revision.contentHash(),
                            "The signed content is not the revision's current content", now)));
        }
        ApprovalEligibility eligibility = progress(revision).canSign(approval.userKey(), approval.group());
        if (!eligibility.allowed()) {
            throw new ApprovalRefusedException(eligibility.refusal(), eligibility.message());
        }
        approvals.add(approval);
        return new Transition(revision.withApprovals(approvals), List.of(recorded(revision, approval, true, now)));
    }

    private Transition submit(Revision r, LifecycleCommand.Submit c, Instant now) {
        if (NonBlank.isBlank(c.contentHash())) {
            throw refuse(TransitionRefusal.CONTENT_HASH_REQUIRED, r, c.action(),
                    "Submitting revision " + r.label() + " needs the content hash of the page version submitted.",
                    "Reload the page and submit again.");
        }
        Revision next = r.withContentHash(c.contentHash()).withState(DocumentState.IN_REVIEW);
        return new Transition(next, List.of(stateChanged(r, next, c.action(), c.actorKey(), null, null, now)));
    }

    private Transition withdraw(Revision r, LifecycleCommand.Withdraw c, Instant now) {
        if (!c.actorKey().equals(r.authorKey()) && !controllers.isDocumentController(c.actorKey(), r.documentId())) {
            throw refuse(TransitionRefusal.NOT_AUTHOR_OR_CONTROLLER, r, c.action(), "User '" + c.actorKey()
                    + "' cannot withdraw revision " + r.label() + " from review: only its author or a document "
                    + "controller can.", "Ask the author (" + r.authorKey() + ") or a document controller.");
        }
        return endRound(r, c.action(), c.actorKey(), NonBlank.isBlank(c.reason()) ? null : c.reason(),
                "Review withdrawn", now);
    }

    private Transition reject(Revision r, LifecycleCommand.Reject c, Instant now) {
        if (NonBlank.isBlank(c.reason())) {
            throw refuse(TransitionRefusal.REASON_REQUIRED, r, c.action(), "Rejecting revision " + r.label()
                    + " needs a reason.", "Say why the revision is rejected; the author sees it and the audit "
                    + "trail keeps it.");
        }
        boolean approver = rule.groups().stream().anyMatch(g -> membership.isMember(c.actorKey(), g.group()));
        if (!approver && !controllers.isDocumentController(c.actorKey(), r.documentId())) {
            throw refuse(TransitionRefusal.NOT_AN_APPROVER, r, c.action(), "User '" + c.actorKey()
                    + "' cannot reject revision " + r.label() + ": only members of the required approver groups "
                    + "or a document controller can.", "Ask an approver or a document controller.");
        }
        return endRound(r, c.action(), c.actorKey(), c.reason(), "Review rejected", now);
    }

    private Transition endRound(Revision r, LifecycleAction action, String actor, String reason, String cause,
                                Instant now) {
        SignatureInvalidation.Outcome outcome = SignatureInvalidation.endOfReviewRound(r.approvals());
        Revision next = r.withApprovals(outcome.approvals()).withState(DocumentState.DRAFT);
        List<RevisionEvent> events = new ArrayList<>();
        if (outcome.invalidatedAny()) {
            events.add(new RevisionEvent.SignaturesInvalidated(r.documentId(), r.label(), outcome.invalidatedIds(),
                    r.contentHash(), r.contentHash(), cause, now));
        }
        events.add(stateChanged(r, next, action, actor, reason, null, now));
        return new Transition(next, events);
    }

    private Transition approve(Revision r, LifecycleCommand.Approve c, Instant now) {
        requireSatisfied(r, c.action());
        Revision next = r.withState(DocumentState.APPROVED);
        return new Transition(next, List.of(stateChanged(r, next, c.action(), c.actorKey(), null, null, now)));
    }

    private void requireSatisfied(Revision r, LifecycleAction action) {
        ApprovalProgress progress = progress(r);
        if (!progress.isSatisfied()) {
            String missing = progress.groups().stream().filter(g -> !g.complete())
                    .map(g -> g.group() + " " + g.count() + " of " + g.quorum())
                    .collect(Collectors.joining(", "));
            throw refuse(TransitionRefusal.APPROVAL_RULE_NOT_SATISFIED, r, action, "Revision " + r.label()
                    + " cannot be " + (action == LifecycleAction.APPROVE ? "approved" : "made effective")
                    + ": the approval rule is not met by valid approvals of its current content (" + missing + ").",
                    "Wait for the missing approvals; approvals of earlier content do not count.");
        }
    }

    private Transition makeEffective(Revision r, LifecycleCommand.MakeEffective c, Instant now) {
        requireSatisfied(r, c.action());
        Instant when = c.effectiveAt();
        if (when != null && when.isBefore(now)) {
            throw refuse(TransitionRefusal.EFFECTIVE_DATE_IN_PAST, r, c.action(), "The effective date " + when
                    + " of revision " + r.label() + " is before now (" + now + ").",
                    "Choose now or a later date.");
        }
        if (when == null || !when.isAfter(now)) {
            Revision next = r.effectiveSince(now);
            return new Transition(next, List.of(stateChanged(r, next, c.action(), c.actorKey(), null, null, now)));
        }
        Revision next = r.withScheduledEffective(when);
        return new Transition(next, List.of(new RevisionEvent.EffectiveDateScheduled(r.documentId(), r.label(),
                c.actorKey(), r.scheduledEffective(), when, now)));
    }

    private Transition supersede(Revision r, LifecycleCommand.Supersede c, Instant now) {
        if (NonBlank.isBlank(c.successorLabel()) || c.successorLabel().equals(r.label())) {
            throw refuse(TransitionRefusal.SUCCESSOR_REQUIRED, r, c.action(), "Superseding revision " + r.label()
                    + " needs the label of the next revision, which must differ from it.",
                    "A revision is superseded when its successor becomes effective; make the successor effective.");
        }
        Revision next = r.supersededBy(c.successorLabel());
        return new Transition(next, List.of(stateChanged(r, next, c.action(), c.actorKey(),
                "Superseded by revision " + c.successorLabel(), null, now)));
    }

    private Transition makeObsolete(Revision r, LifecycleCommand.MakeObsolete c, Instant now) {
        if (NonBlank.isBlank(c.signatureId()) || NonBlank.isBlank(c.meaning()) || NonBlank.isBlank(c.reason())) {
            throw refuse(TransitionRefusal.SIGNATURE_REQUIRED, r, c.action(), "Making revision " + r.label()
                    + " obsolete needs an electronic signature with its meaning and a reason.",
                    "Sign the obsolescence with your user id and password, choosing a meaning and giving a reason.");
        }
        Revision next = r.withState(DocumentState.OBSOLETE);
        return new Transition(next, List.of(stateChanged(r, next, c.action(), c.actorKey(),
                c.meaning() + ": " + c.reason(), c.signatureId(), now)));
    }

    private Transition editDuringReview(Revision r, LifecycleCommand.EditDuringReview c, Instant now) {
        if (NonBlank.isBlank(c.newContentHash())) {
            throw refuse(TransitionRefusal.CONTENT_HASH_REQUIRED, r, c.action(), "An edit of revision " + r.label()
                    + " arrived without the new content hash.", "Report this to an administrator.");
        }
        if (c.newContentHash().equals(r.contentHash())) {
            throw refuse(TransitionRefusal.CONTENT_UNCHANGED, r, c.action(), "The content of revision " + r.label()
                    + " did not change.", "Nothing to do: the review continues on the same content.");
        }
        SignatureInvalidation.Outcome outcome = SignatureInvalidation.onContentChange(r.approvals(), c.newContentHash());
        List<RevisionEvent> events = new ArrayList<>();
        if (outcome.invalidatedAny()) {
            events.add(new RevisionEvent.SignaturesInvalidated(r.documentId(), r.label(), outcome.invalidatedIds(),
                    r.contentHash(), c.newContentHash(), "Page edited during review", now));
        }
        Revision edited = r.withApprovals(outcome.approvals()).withContentHash(c.newContentHash());
        if (editPolicy == ReviewEditPolicy.RETURN_TO_DRAFT) {
            Revision next = edited.withState(DocumentState.DRAFT);
            events.add(stateChanged(r, next, c.action(), c.actorKey(), "Page edited during review", null, now));
            return new Transition(next, events);
        }
        events.add(new RevisionEvent.ReviewRestarted(r.documentId(), r.label(), c.actorKey(), r.contentHash(),
                c.newContentHash(), now));
        return new Transition(edited, events);
    }

    private static RevisionEvent.StateChanged stateChanged(Revision from, Revision to, LifecycleAction action,
                                                           String actor, String reason, String signatureId,
                                                           Instant now) {
        return new RevisionEvent.StateChanged(from.documentId(), from.label(), from.state(), to.state(), action, actor,
                reason, signatureId, now);
    }

    private static RevisionEvent.ApprovalRecorded recorded(Revision r, Approval a, boolean counted, Instant now) {
        return new RevisionEvent.ApprovalRecorded(r.documentId(), r.label(), a.signatureId(), a.userKey(), a.group(),
                a.meaning(), a.contentHash(), counted, now);
    }

    private static IllegalTransitionException refuse(TransitionRefusal refusal, Revision r, LifecycleAction action,
                                                     String message, String hint) {
        return new IllegalTransitionException(refusal, r.state(), action, message, hint);
    }

    private static IllegalTransitionException notAllowed(Revision r, LifecycleAction action) {
        String message = "Cannot " + describe(action) + " revision " + r.label() + " of document " + r.documentId()
                + ": it is " + display(r.state()) + ", and " + describe(action) + " is allowed only from "
                + display(FROM.get(action)) + ".";
        return refuse(TransitionRefusal.NOT_ALLOWED_IN_STATE, r, action, message, hintFor(r.state()));
    }

    private static String hintFor(DocumentState state) {
        return switch (state) {
            case DRAFT -> "A Draft revision can only be submitted for review.";
            case IN_REVIEW -> "A revision In Review can be approved once its approval rule is met, rejected with a "
                    + "reason, withdrawn by its author or a document controller, or edited.";
            case APPROVED -> "An Approved revision can only be made effective, now or at a scheduled date.";
            case EFFECTIVE -> "An Effective revision can only be superseded by the next effective revision or made "
                    + "obsolete with a signature; to change the document, start a new revision.";
            case SUPERSEDED, OBSOLETE -> "A " + display(state) + " revision is final; start a new revision of the "
                    + "document to change it.";
        };
    }

    static String display(DocumentState state) {
        return switch (state) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In Review";
            case APPROVED -> "Approved";
            case EFFECTIVE -> "Effective";
            case SUPERSEDED -> "Superseded";
            case OBSOLETE -> "Obsolete";
        };
    }

    private static String describe(LifecycleAction action) {
        return switch (action) {
            case SUBMIT -> "submit for review";
            case WITHDRAW -> "withdraw from review";
            case REJECT -> "reject";
            case APPROVE -> "approve";
            case MAKE_EFFECTIVE -> "make effective";
            case SUPERSEDE -> "supersede";
            case MAKE_OBSOLETE -> "make obsolete";
            case EDIT_DURING_REVIEW -> "edit during review";
        };
    }
}
