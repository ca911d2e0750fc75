package org.eqms.risk;

import java.util.Objects;

/**
 * A risk management action was refused; the record it was asked of is unchanged (every type here is immutable and
 * the caller keeps the one it had). Mapped to JSON {@code {"error":code(),"message":getMessage(),"hint":hint()}} with
 * {@link #httpStatus()} (DESIGN §7).
 */
public final class RiskRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RiskRefusal refusal;
    private final String hint;

    public RiskRefusedException(RiskRefusal refusal, String message, String hint) {
        super(Objects.requireNonNull(message, "message"));
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /** The JSON error code, e.g. {@code control_option_order}. */
    public String code() {
        return refusal.code();
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }

    public RiskRefusal refusal() {
        return refusal;
    }

    public int httpStatus() {
        return refusal.httpStatus();
    }
}
