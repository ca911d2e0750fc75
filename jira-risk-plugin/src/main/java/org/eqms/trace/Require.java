package org.eqms.trace;

/** Checks of user-supplied values; a failure is a {@link TraceRefusal#MISSING_VALUE} refusal with a hint. */
final class Require {
    private Require() {
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new TraceRefusedException(TraceRefusal.MISSING_VALUE, "The " + what + " is missing.",
                    "Give a non-empty " + what + ".");
        }
        return value;
    }

    static <T> T value(T value, String what) {
        if (value == null) {
            throw new TraceRefusedException(TraceRefusal.MISSING_VALUE, "The " + what + " is missing.",
                    "Give the " + what + ".");
        }
        return value;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Blank becomes null, so that "no value" has one form. */
    static String orNull(String value) {
        return isBlank(value) ? null : value;
    }
}
