package org.eqms.signature;

/** A signing (or signing-administration) request that was refused; nothing was signed. */
public final class SigningRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SigningRefusal refusal;

    public SigningRefusedException(SigningRefusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public SigningRefusal refusal() {
        return refusal;
    }

    /** What the user can do about it. */
    public String hint() {
        return refusal.hint();
    }
}
