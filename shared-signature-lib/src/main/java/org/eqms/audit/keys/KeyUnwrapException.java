package org.eqms.audit.keys;

/** A wrapped key could not be opened: wrong key-encryption key, wrong context, or tampering. */
public final class KeyUnwrapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyUnwrapException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyUnwrapException(String message) {
        super(message);
    }
}
