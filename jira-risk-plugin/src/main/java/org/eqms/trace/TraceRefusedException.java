package org.eqms.trace;

import java.util.Objects;

/**
 * A traceability action was refused; nothing changed (the graph, register or suspect-link state is as it was before
 * the call). Mapped to JSON {@code {"error":code(),"message":getMessage(),"hint":hint()}} with {@link #httpStatus()}
 * (DESIGN §7).
 */
public final class TraceRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TraceRefusal refusal;
    private final String hint;

    public TraceRefusedException(TraceRefusal refusal, String message, String hint) {
        super(Objects.requireNonNull(message, "message"));
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /** The JSON error code, e.g. {@code link_not_allowed}. */
    public String code() {
        return refusal.code();
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }

    public TraceRefusal refusal() {
        return refusal;
    }

    public int httpStatus() {
        return refusal.httpStatus();
    }
}
