package org.eqms.document;

import java.util.Locale;

/** Why a user may not sign an approval of a revision now, with what they can do. */
public enum ApprovalRefusal {
    NOT_IN_REVIEW(409, "Approvals are collected only while the revision is In Review."),
    NOT_IN_REQUIRED_GROUP(403, "Only members of the rule's required approver groups can approve; ask a document controller."),
    AUTHOR_MAY_NOT_APPROVE(403, "The author may not approve their own revision; another approver must sign."),
    ALREADY_SIGNED(409, "Each approver signs a revision once; your approval of this content is recorded."),
    WAITING_FOR_EARLIER_GROUP(409, "Approvals are sequential; sign once the earlier group's quorum is met."),
    GROUP_QUORUM_COMPLETE(409, "Your group's quorum is already met; no further approval is needed from it."),
    DUPLICATE_SIGNATURE(409, "This signature is already recorded for the revision.");

    private final int httpStatus;
    private final String hint;

    ApprovalRefusal(int httpStatus, String hint) {
        this.httpStatus = httpStatus;
        this.hint = hint;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String hint() {
        return hint;
    }

    /** The JSON error code, e.g. {@code already_signed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
