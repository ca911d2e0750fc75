package org.eqms.signature.totp;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The RFC 6238 parameters a TOTP enrolment fixes: HMAC algorithm, number of digits and time step.
 *
 * @param hmacAlgorithm JCA name: {@code HmacSHA1}, {@code HmacSHA256} or {@code HmacSHA512}
 * @param digits 6 to 8 (RFC 4226 §5.3 requires at least 6)
 * @param step the time step X, a positive whole number of seconds
 */
public record TotpParameters(String hmacAlgorithm, int digits, Duration step) {

    private static final Set<String> ALGORITHMS = Set.of("HmacSHA1", "HmacSHA256", "HmacSHA512");

    /** RFC 6238 defaults, and what authenticator apps assume: HMAC-SHA1, 6 digits, 30 s. */
    public static final TotpParameters DEFAULT =
            new TotpParameters("HmacSHA1", 6, Duration.ofSeconds(30));

    public TotpParameters {
        Objects.requireNonNull(hmacAlgorithm, "hmacAlgorithm");
        Objects.requireNonNull(step, "step");
        if (!ALGORITHMS.contains(hmacAlgorithm)) {
            throw new IllegalArgumentException("Unsupported TOTP algorithm: " + hmacAlgorithm);
        }
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("TOTP digits must be 6 to 8, was " + digits);
        }
        if (step.isNegative() || step.isZero() || step.getNano() != 0) {
            throw new IllegalArgumentException("TOTP step must be a positive whole number of seconds");
        }
    }

    /** The otpauth name of the algorithm: SHA1, SHA256 or SHA512. */
    public String otpauthAlgorithm() {
        return hmacAlgorithm.substring("Hmac".length());
    }
}
