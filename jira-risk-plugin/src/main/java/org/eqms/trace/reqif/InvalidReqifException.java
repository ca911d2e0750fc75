package org.eqms.trace.reqif;

import java.util.Objects;

/**
 * An uploaded file is not a ReqIF document the import can read. Nothing was imported. Mapped to HTTP 400
 * {@code {"error":code,"message":…,"hint":…}} (DESIGN §7).
 */
public final class InvalidReqifException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not well-formed XML, or XML with a document type declaration (refused: no DTDs, no entities). */
    public static final String MALFORMED = "reqif_malformed";
    /** Well-formed XML whose root is not {@code REQ-IF} in the ReqIF namespace. */
    public static final String NOT_REQIF = "reqif_not_reqif";
    /** ReqIF whose content breaks the schema or refers to something it does not contain. */
    public static final String INVALID = "reqif_invalid";

    private final String code;
    private final String hint;

    public InvalidReqifException(String code, String message, String hint) {
        this(code, message, hint, null);
    }

    public InvalidReqifException(String code, String message, String hint, Throwable cause) {
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
