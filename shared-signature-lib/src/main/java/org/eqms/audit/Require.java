package org.eqms.audit;

/** Argument checks shared by the audit value types. */
final class Require {
    private Require() {
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}
