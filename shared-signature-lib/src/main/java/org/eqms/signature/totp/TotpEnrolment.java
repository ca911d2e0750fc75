package org.eqms.signature.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/** What enrolling a user for TOTP needs: a fresh secret and the otpauth URI an app can scan. */
public final class TotpEnrolment {

    /** 160 bits, the HMAC-SHA1 output length RFC 4226 §4 recommends. */
    public static final int SECRET_LENGTH = 20;

    private TotpEnrolment() {
    }

    public static byte[] newSecret(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] secret = new byte[SECRET_LENGTH];
        random.nextBytes(secret);
        return secret;
    }

    /**
     * {@code otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER&algorithm=...&digits=...&period=...}
     * with issuer and account percent-encoded (RFC 3986; a space is {@code %20}).
     */
    public static String otpauthUri(String issuer, String account, byte[] secret, TotpParameters p) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(p, "p");
        if (issuer.isBlank() || account.isBlank()) {
            throw new IllegalArgumentException("issuer and account must not be blank");
        }
        String encodedIssuer = percentEncode(issuer);
        return "otpauth://totp/" + encodedIssuer + ":" + percentEncode(account)
                + "?secret=" + Base32.encode(secret)
                + "&issuer=" + encodedIssuer
                + "&algorithm=" + p.otpauthAlgorithm()
                + "&digits=" + p.digits()
                + "&period=" + p.step().getSeconds();
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters. */
    static String percentEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
