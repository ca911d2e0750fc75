package org.eqms.jira.mapping;

import java.util.Objects;

/**
 * A project trace mapping was refused; nothing was saved. Mapped to JSON
 * {@code {"error":code(),"message":getMessage(),"hint":hint()}} with {@link #httpStatus()} (DESIGN §7).
 */
public final class MappingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MappingRefusal refusal;
    private final String hint;

    public MappingRefusedException(MappingRefusal refusal, String message, String hint) {
        super(Objects.requireNonNull(message, "message"));
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /** The JSON error code, e.g. {@code unknown_role}. */
    public String code() {
        return refusal.code();
    }

    /** What the administrator can do about it. */
    public String hint() {
        return hint;
    }

    public MappingRefusal refusal() {
        return refusal;
    }

    public int httpStatus() {
        return refusal.httpStatus();
    }
}
