package org.eqms.risk;

import java.util.Objects;

/**
 * An administrator's risk management configuration (severity or probability scale, acceptability matrix, plan
 * content) breaks a rule. Nothing was changed. Mapped to HTTP 400
 * {@code {"error":"invalid_risk_configuration","message":…,"hint":…}} (DESIGN §7).
 */
public final class InvalidRiskConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The error code of the JSON error body. */
    public static final String CODE = "invalid_risk_configuration";

    private final String hint;

    public InvalidRiskConfigurationException(String message, String hint) {
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

    public int httpStatus() {
        return 400;
    }
}
