package org.eqms.trace.export;

import java.util.Objects;

/**
 * The table does not fit the requested file format (an XLSX sheet holds at most 1,048,576 rows). The export was
 * abandoned. Mapped to HTTP 400 {@code {"error":"export_too_large","message":…,"hint":…}} (DESIGN §7).
 */
public final class ExportTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The error code of the JSON error body. */
    public static final String CODE = "export_too_large";

    private final String hint;

    public ExportTooLargeException(String message, String hint) {
        super(Objects.requireNonNull(message, "message"));
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    public String code() {
        return CODE;
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }
}
