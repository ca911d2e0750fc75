package org.eqms.document;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One revision of a controlled document, immutable: {@link DocumentLifecycle} returns a new one for every change.
 *
 * @param documentId         the document (its page id as a string in Confluence)
 * @param label              the revision label, e.g. {@code "A"} or {@code "2.0"}
 * @param state              where it stands
 * @param authorKey          user key of the author of this revision
 * @param changeReason       why this revision was made (change control; mandatory)
 * @param contentHash        content hash (DESIGN §5) of the page version this revision is about: the version under
 *                           review, approved, or effective
 * @param approvals          every approval collected for this revision, invalidated ones included, in the order
 *                           recorded
 * @param scheduledEffective when an Approved revision is to become Effective; {@code null} if not scheduled
 * @param effectiveAt        when it became Effective; set from Effective on
 * @param supersededBy       label of the revision that superseded it; only when Superseded
 */
public record Revision(String documentId, String label, DocumentState state, String authorKey, String changeReason,
                       String contentHash, List<Approval> approvals, Instant scheduledEffective, Instant effectiveAt,
                       String supersededBy) {

    public Revision {
        NonBlank.check(documentId, "documentId");
        NonBlank.check(label, "label");
        Objects.requireNonNull(state, "state");
        NonBlank.check(authorKey, "authorKey");
        NonBlank.check(changeReason, "changeReason");
        NonBlank.check(contentHash, "contentHash");
        approvals = List.copyOf(approvals);
        Set<String> ids = new HashSet<>();
        for (Approval approval : approvals) {
            if (!ids.add(approval.signatureId())) {
                throw new IllegalArgumentException("signature " + approval.signatureId() + " is listed twice");
            }
        }
        if (scheduledEffective != null && state != DocumentState.APPROVED) {
            throw new IllegalArgumentException("only an Approved revision has a scheduled effective date");
        }
        boolean wasEffective = state == DocumentState.EFFECTIVE || state == DocumentState.SUPERSEDED
                || state == DocumentState.OBSOLETE;
        if (wasEffective != (effectiveAt != null)) {
            throw new IllegalArgumentException("effectiveAt is set exactly from Effective on");
        }
        if ((state == DocumentState.SUPERSEDED) != (supersededBy != null)) {
            throw new IllegalArgumentException("supersededBy is set exactly when Superseded");
        }
    }

    /** A new Draft revision with no approvals. */
    public static Revision draft(String documentId, String label, String authorKey, String changeReason,
                                 String contentHash) {
        return new Revision(documentId, label, DocumentState.DRAFT, authorKey, changeReason, contentHash, List.of(),
                null, null, null);
    }

    Revision withState(DocumentState newState) {
        return new Revision(documentId, label, newState, authorKey, changeReason, contentHash, approvals,
                newState == DocumentState.APPROVED ? scheduledEffective : null, effectiveAt, supersededBy);
    }

    Revision withContentHash(String newContentHash) {
        return new Revision(documentId, label, state, authorKey, changeReason, newContentHash, approvals,
                scheduledEffective, effectiveAt, supersededBy);
    }

    Revision withApprovals(List<Approval> newApprovals) {
        return new Revision(documentId, label, state, authorKey, changeReason, contentHash, newApprovals,
                scheduledEffective, effectiveAt, supersededBy);
    }

    Revision withScheduledEffective(Instant when) {
        return new Revision(documentId, label, state, authorKey, changeReason, contentHash, approvals, when,
                effectiveAt, supersededBy);
    }

    Revision effectiveSince(Instant when) {
        return new Revision(documentId, label, DocumentState.EFFECTIVE, authorKey, changeReason, contentHash,
                approvals, null, when, null);
    }

    Revision supersededBy(String successorLabel) {
        return new Revision(documentId, label, DocumentState.SUPERSEDED, authorKey, changeReason, contentHash,
                approvals, null, effectiveAt, successorLabel);
    }
}
