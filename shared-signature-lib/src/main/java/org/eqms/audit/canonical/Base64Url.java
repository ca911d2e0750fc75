package org.eqms.audit.canonical;

import java.util.Base64;
import java.util.Objects;

/** base64url without padding (RFC 4648 §5), strict on decode. */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] data) {
        Objects.requireNonNull(data, "data");
        return ENCODER.encodeToString(data);
    }

    /**
     * Decodes unpadded base64url.
     *
     * @throws IllegalArgumentException on padding, a character outside {@code [A-Za-z0-9_-]}, an
     *     impossible length, or non-zero unused bits in the last character
     */
    public static byte[] decode(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!ok) {
                throw new IllegalArgumentException(
                        "Not a base64url (unpadded) character at position " + i);
            }
        }
        if (text.length() % 4 == 1) {
            throw new IllegalArgumentException("Impossible base64url length " + text.length());
        }
        byte[] decoded = DECODER.decode(text);
        if (!ENCODER.encodeToString(decoded).equals(text)) {
            throw new IllegalArgumentException("Non-canonical base64url: unused bits are not zero");
        }
        return decoded;
    }
}
