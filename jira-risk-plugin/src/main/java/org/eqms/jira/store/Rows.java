package org.eqms.jira.store;

import org.eqms.store.ao.StoredInstant;
import java.time.Instant;
import java.util.function.Supplier;

/** Turning stored columns back into domain values: any refusal is a {@link StoredDataException} naming the row. */
final class Rows {
    private Rows() {
    }

    static <T> T decode(String what, Supplier<T> build) {
        try {
            return build.get();
        } catch (StoredDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoredDataException("The stored " + what + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The enum constant of a stored name; {@code null} stays {@code null}. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName(), e);
        }
    }

    static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static Instant instant(String text) {
        return StoredInstant.parse(text);
    }

    /** A text column read back: SQL NULL (an empty string on Oracle) becomes {@code ""}. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
