package org.eqms.document;

import java.util.Locale;

/** Why a lifecycle action was refused, with the HTTP status an adapter maps it to. */
public enum TransitionRefusal {
    /** The action is not allowed from the revision's current state. */
    NOT_ALLOWED_IN_STATE(409),
    /** No acting user was given. */
    ACTOR_REQUIRED(400),
    /** A reason is mandatory for this action (reject). */
    REASON_REQUIRED(400),
    /** Only the author or a document controller may withdraw a review. */
    NOT_AUTHOR_OR_CONTROLLER(403),
    /** Only a member of a required approver group or a document controller may reject. */
    NOT_AN_APPROVER(403),
    /** The content hash of the page version is missing. */
    CONTENT_HASH_REQUIRED(400),
    /** An edit during review must change the content hash. */
    CONTENT_UNCHANGED(409),
    /** The approval rule is not satisfied by valid approvals of the current content. */
    APPROVAL_RULE_NOT_SATISFIED(409),
    /** A scheduled effective date lies in the past. */
    EFFECTIVE_DATE_IN_PAST(400),
    /** Supersede needs the label of the successor revision, different from this one. */
    SUCCESSOR_REQUIRED(400),
    /** Obsolete needs a signature id, a meaning and a reason. */
    SIGNATURE_REQUIRED(400);

    private final int httpStatus;

    TransitionRefusal(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The JSON error code, e.g. {@code not_allowed_in_state}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
