package org.eqms.document;

import java.util.Objects;

/**
 * An administrator's configuration (number format, document type, controlled scope, review interval) breaks a
 * rule of the controlled-documents domain. Nothing was changed. Mapped to HTTP 400
 * {@code {"error":"invalid_configuration","message":…,"hint":…}} (DESIGN §7).
 */
public final class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The error code of the JSON error body. */
    public static final String CODE = "invalid_configuration";

    private final String hint;

    public InvalidConfigurationException(String message, String hint) {
        super(Objects.requireNonNull(message, "message"));
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    public String code() {
        return CODE;
    }

    /** What the administrator can do about it. */
    public String hint() {
        return hint;
    }
}
