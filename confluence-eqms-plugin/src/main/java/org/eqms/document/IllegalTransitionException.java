package org.eqms.document;

import java.util.Objects;

/**
 * A lifecycle action was refused; the revision is unchanged. Mapped to JSON
 * {@code {"error":code(),"message":getMessage(),"hint":hint()}} with {@link #httpStatus()} (DESIGN §7).
 */
public final class IllegalTransitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final TransitionRefusal refusal;
    private final DocumentState state;
    private final LifecycleAction action;
    private final String hint;

    public IllegalTransitionException(TransitionRefusal refusal, DocumentState state, LifecycleAction action,
                                      String message, String hint) {
        super(Objects.requireNonNull(message, "message"));
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.state = Objects.requireNonNull(state, "state");
        this.action = Objects.requireNonNull(action, "action");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /** The JSON error code, e.g. {@code not_allowed_in_state}. */
    public String code() {
        return refusal.code();
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }

    public TransitionRefusal refusal() {
        return refusal;
    }

    /** The state the revision was (and still is) in. */
    public DocumentState state() {
        return state;
    }

    /** The action that was refused. */
    public LifecycleAction action() {
        return action;
    }

    public int httpStatus() {
        return refusal.httpStatus();
    }
}
