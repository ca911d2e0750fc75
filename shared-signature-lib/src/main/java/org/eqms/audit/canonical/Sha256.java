package org.eqms.audit.canonical;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/** SHA-256 (FIPS 180-4), and its lowercase-hex form used throughout the audit formats. */
public final class Sha256 {

    /** The {@code prev} of the first entry of a chain: 64 zeros. */
    public static final String ZERO_HASH = "0".repeat(64);

    private Sha256() {
    }

    public static byte[] digest(byte[] data) {
        Objects.requireNonNull(data, "data");
        return newDigest().digest(data);
    }

    /** Lowercase hexadecimal SHA-256 of {@code data} (64 characters). */
    public static String hex(byte[] data) {
        return Hex.encode(digest(data));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
