package org.eqms.document;

/** A document-control request refused before any change: what was wrong ({@code code}) and what to do ({@code hint}). */
public final class DocumentControlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int httpStatus;
    private final String hint;

    public DocumentControlException(String code, int httpStatus, String message, String hint) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
        this.hint = hint;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String hint() {
        return hint;
    }
}
