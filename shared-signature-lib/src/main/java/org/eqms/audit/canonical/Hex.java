package org.eqms.audit.canonical;

import java.util.Objects;

/** Lowercase hexadecimal (RFC 4648 §8 alphabet, lowercase on output). */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    public static String encode(byte[] data) {
        Objects.requireNonNull(data, "data");
        char[] out = new char[data.length * 2];
        for (int i = 0; i < data.length; i++) {
            out[2 * i] = DIGITS[(data[i] >> 4) & 0x0f];
            out[2 * i + 1] = DIGITS[data[i] & 0x0f];
        }
        return new String(out);
    }

    /**
     * Decodes hexadecimal (either case).
     *
     * @throws IllegalArgumentException on odd length or a character outside {@code [0-9a-fA-F]}
     */
    public static byte[] decode(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("Hex string has odd length " + hex.length());
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((nibble(hex, 2 * i) << 4) | nibble(hex, 2 * i + 1));
        }
        return out;
    }

    private static int nibble(String s, int index) {
        char c = s.charAt(index);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("Not a hex digit at position " + index);
    }
}
