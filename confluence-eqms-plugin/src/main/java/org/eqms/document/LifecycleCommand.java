package org.eqms.document;

import java.time.Instant;

/**
 * A request to apply one {@link LifecycleAction} to a revision, with what that action needs. Fields are checked by
 * {@link DocumentLifecycle}, which refuses missing ones with an {@link IllegalTransitionException} (bad input changes
 * nothing).
 */
public sealed interface LifecycleCommand {

    /** User key of who asks. */
    String actorKey();

    LifecycleAction action();

    /** Submit the page version with this content hash for review. */
    record Submit(String actorKey, String contentHash) implements LifecycleCommand {
        @Override
        public LifecycleAction action() {
            return LifecycleAction.SUBMIT;
        }
    }

    /** Take the revision back from review (author or document controller); the reason is optional. */
    record Withdraw(String actorKey, String reason) implements LifecycleCommand {
        @Override
        public LifecycleAction action() {
            return LifecycleAction.WITHDRAW;
        }
    }

    /** Refuse the revision; the reason is mandatory. */
    record Reject(String actorKey, String reason) implements LifecycleCommand {
        @Override
        public LifecycleAction action() {
            return LifecycleAction.REJECT;
        }
    }

    /** Approve: allowed only when the approval rule is satisfied on the current content. */
    record Approve(String actorKey) implements LifecycleCommand {
        @Override
        public LifecycleAction action() {
            return LifecycleAction.APPROVE;
        }
    }

    /** Make effective now ({@code effectiveAt} null or now) or at a later server time. */
    record MakeEffective(String actorKey, Instant effectiveAt) implements LifecycleCommand {
        @Override
        public LifecycleAction action() {
            return LifecycleAction.MAKE_EFFECTIVE;
        }
    }

    /** The revision labelled {@code successorLabel} became effective and supersedes this one. */
    record Supersede(String actorKey, String successorLabel) implements LifecycleCommand {
        @Override
        public LifecycleAction action() {
            return LifecycleAction.SUPERSEDE;
        }
    }

    /** Make obsolete, authorised by the actor's signature record {@code signatureId} with its meaning and reason. */
    record MakeObsolete(String actorKey, String signatureId, String meaning, String reason) implements LifecycleCommand {
        @Override
        public LifecycleAction action() {
            return LifecycleAction.MAKE_OBSOLETE;
        }
    }

    /** The page under review was edited; its content hash is now {@code newContentHash}. */
    record EditDuringReview(String actorKey, String newContentHash) implements LifecycleCommand {
        @Override
        public LifecycleAction action() {
            return LifecycleAction.EDIT_DURING_REVIEW;
        }
    }
}
