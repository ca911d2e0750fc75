package org.eqms.document;

import java.util.Objects;

/** An approval could not be recorded for a revision; the revision is unchanged. */
public final class ApprovalRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ApprovalRefusal refusal;

    public ApprovalRefusedException(ApprovalRefusal refusal, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public ApprovalRefusal refusal() {
        return refusal;
    }

    public String code() {
        return refusal.code();
    }

    public String hint() {
        return refusal.hint();
    }

    public int httpStatus() {
        return refusal.httpStatus();
    }
}
