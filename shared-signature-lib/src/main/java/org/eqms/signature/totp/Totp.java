package org.eqms.signature.totp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords, built on RFC 4226 HOTP. */
public final class Totp {

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
        10_000_000, 100_000_000};

    private Totp() {
    }

    /** The code for the time step containing {@code time} (T0 = Unix epoch). */
    public static String code(byte[] secret, Instant time, TotpParameters p) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(p, "p");
        return hotp(secret, step(time, p), p);
    }

    /**
     * The time-step counter T in [T(now) - window, T(now) + window] whose code equals {@code code},
     * or empty. Every candidate in the window is computed and compared in constant time. The caller
     * must refuse a step less than or equal to the last step it accepted for that user (replay).
     */
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now, TotpParameters p,
            int window) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(p, "p");
        if (window < 0) {
            throw new IllegalArgumentException("window must be >= 0, was " + window);
        }
        if (code == null || code.length() != p.digits() || !allAsciiDigits(code)) {
            return OptionalLong.empty();
        }
        byte[] offered = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now, p);
        long matched = -1;
        for (long t = current - window; t <= current + window; t++) {
            if (t < 0) {
                continue;
            }
            byte[] expected = hotp(secret, t, p).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, offered) && matched < 0) {
                matched = t;
            }
        }
        return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /** T = floor((unix time - T0) / X). */
    static long step(Instant time, TotpParameters p) {
        return Math.floorDiv(time.getEpochSecond(), p.step().getSeconds());
    }

    /** RFC 4226 §5.3: HMAC over the 8-byte big-endian counter, dynamic truncation, mod 10^digits. */
    static String hotp(byte[] secret, long counter, TotpParameters p) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("TOTP secret must not be empty");
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(p.hmacAlgorithm());
            mac.init(new SecretKeySpec(secret, p.hmacAlgorithm()));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(p.hmacAlgorithm() + " is unavailable", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int otp = binary % POWERS_OF_TEN[p.digits()];
        String digits = Integer.toString(otp);
        return "0".repeat(p.digits() - digits.length()) + digits;
    }

    private static boolean allAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
