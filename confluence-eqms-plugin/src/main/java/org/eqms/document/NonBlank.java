package org.eqms.document;

/** Argument checks for the lifecycle value types (programming errors, not user input: those are refusals). */
final class NonBlank {
    private NonBlank() {
    }

    static String check(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
