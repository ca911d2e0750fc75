package org.eqms.document;

import java.util.Objects;

/**
 * A revision label is not one that the document type's {@link RevisionScheme} produces, or the scheme has no
 * further revision. Nothing was changed. Mapped to HTTP 400 {@code {"error":"invalid_revision",…}}.
 */
public final class InvalidRevisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The error code of the JSON error body. */
    public static final String CODE = "invalid_revision";

    private final String hint;

    public InvalidRevisionException(String message, String hint) {
        super(Objects.requireNonNull(message, "message"));
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    public String code() {
        return CODE;
    }

    /** What the user or administrator can do about it. */
    public String hint() {
        return hint;
    }
}
