package org.eqms.document;

import java.time.Instant;
import java.util.List;

/**
 * What changed in a revision, for the adapter to write to the audit trail with old and new values (DESIGN §6). Every
 * event names the document, the revision label and the server time it happened.
 */
public sealed interface RevisionEvent {

    String documentId();

    String revision();

    Instant at();

    /**
     * The lifecycle state changed.
     *
     * @param actorKey    user key of who did it, or {@link DocumentLifecycle#SCHEDULER} for a scheduled effective date
     * @param reason      the reason given (reject, withdraw, obsolete), or a generated one; may be {@code null}
     * @param signatureId the signature that authorised it (obsolete), else {@code null}
     */
    record StateChanged(String documentId, String revision, DocumentState oldState, DocumentState newState,
                        LifecycleAction action, String actorKey, String reason, String signatureId, Instant at)
            implements RevisionEvent {
    }

    /**
     * Approvals were invalidated (kept, marked invalidated).
     *
     * @param signatureIds   the signatures invalidated now, in the order they were collected
     * @param oldContentHash the content hash before (for an edit), else the revision's content hash
     * @param newContentHash the content hash now
     * @param cause          why, in words, for the trail
     */
    record SignaturesInvalidated(String documentId, String revision, List<String> signatureIds, String oldContentHash,
                                 String newContentHash, String cause, Instant at) implements RevisionEvent {
        public SignaturesInvalidated {
            signatureIds = List.copyOf(signatureIds);
        }
    }

    /** The page was edited while In Review and, by {@link ReviewEditPolicy#RESTART_REVIEW}, review starts again. */
    record ReviewRestarted(String documentId, String revision, String actorKey, String oldContentHash,
                           String newContentHash, Instant at) implements RevisionEvent {
    }

    /** An Approved revision got (or changed) its scheduled effective date. */
    record EffectiveDateScheduled(String documentId, String revision, String actorKey, Instant oldDate,
                                  Instant newDate, Instant at) implements RevisionEvent {
    }

    /**
     * An approval signature was recorded for the revision.
     *
     * @param counted whether it counts toward the approval rule (false when it covers content that is no longer current)
     */
    record ApprovalRecorded(String documentId, String revision, String signatureId, String userKey, String group,
                            String meaning, String contentHash, boolean counted, Instant at) implements RevisionEvent {
    }
}
