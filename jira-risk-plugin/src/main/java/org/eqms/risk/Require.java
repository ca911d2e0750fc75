package org.eqms.risk;

import java.util.List;

/** Small input checks shared by the records of this package; each refuses with a {@link RiskRefusedException}. */
final class Require {

    private Require() {
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String text(String value, String what, String hint) {
        if (isBlank(value)) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, what + " is missing.", hint);
        }
        return value;
    }

    static <T> T present(T value, String what, String hint) {
        if (value == null) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, what + " is missing.", hint);
        }
        return value;
    }

    /** An immutable copy of a list whose elements are all non-null; {@code null} is the empty list. */
    static <T> List<T> list(List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "A list holds an empty element.",
                        "Remove the empty element or fill it in.");
            }
        }
        return List.copyOf(values);
    }

    /** An immutable copy of a list of texts, none blank; {@code null} is the empty list. */
    static List<String> texts(List<String> values, String what, String hint) {
        List<String> copy = list(values);
        copy.forEach(v -> text(v, what, hint));
        return copy;
    }
}
