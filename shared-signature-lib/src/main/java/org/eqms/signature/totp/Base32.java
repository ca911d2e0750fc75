package org.eqms.signature.totp;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/** RFC 4648 §6 base32: encodes without padding; decodes either case, with or without padding. */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] data) {
        Objects.requireNonNull(data, "data");
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return out.toString();
    }

    /**
     * @throws IllegalArgumentException on a character outside the alphabet, misplaced padding, an
     *     impossible length or non-zero unused bits
     */
    public static byte[] decode(String text) {
        Objects.requireNonNull(text, "text");
        String body = stripPadding(text);
        int rem = body.length() % 8;
        if (rem == 1 || rem == 3 || rem == 6) {
            throw new IllegalArgumentException("Impossible base32 length " + body.length());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < body.length(); i++) {
            int value = ALPHABET.indexOf(Character.toUpperCase(body.charAt(i)));
            if (value < 0 || body.charAt(i) > 0x7f) {
                throw new IllegalArgumentException("Not a base32 character at position " + i);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            throw new IllegalArgumentException("Non-canonical base32: unused bits are not zero");
        }
        return out.toByteArray();
    }

    private static String stripPadding(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        if (end < text.length() && text.length() % 8 != 0) {
            throw new IllegalArgumentException("Padded base32 must be a multiple of 8 characters");
        }
        return text.substring(0, end);
    }
}
