package org.eqms.audit;

/** Argument checks shared by the audit value types. */
final class Require {
    private Require() {
    }

    /** The stores keep these in 255-character columns. */
    static final int MAX_TEXT = 255;

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }
}
