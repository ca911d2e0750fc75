package org.eqms.trace.sbom;

import java.util.Objects;

/**
 * An uploaded file is not an SBOM the import can read. Nothing was imported. Mapped to HTTP 400
 * {@code {"error":code,"message":…,"hint":…}} (DESIGN §7).
 */
public final class SbomRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file is not well-formed JSON. */
    public static final String MALFORMED = "sbom_malformed";
    /** Well-formed JSON, but neither CycloneDX nor SPDX. */
    public static final String UNKNOWN_FORMAT = "sbom_unknown_format";
    /** CycloneDX or SPDX, but a specification version the import does not read. */
    public static final String UNSUPPORTED_VERSION = "sbom_unsupported_version";
    /** The document breaks its format's schema or rules (a required member missing, a wrong type). */
    public static final String INVALID = "sbom_invalid";

    private final String code;
    private final String hint;

    public SbomRejectedException(String code, String message, String hint) {
        this(code, message, hint, null);
    }

    public SbomRejectedException(String code, String message, String hint, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    public String code() {
        return code;
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }
}
