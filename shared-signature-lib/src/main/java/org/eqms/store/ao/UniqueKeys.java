package org.eqms.store.ao;

/**
 * Derived single-column keys for multi-column uniqueness and lookups (AO 3.2.11 has only single-column
 * {@code @Unique}): the parts joined by {@code /}, each with {@code \} and {@code /} escaped by {@code \}, so two
 * different tuples never give the same key (e.g. {@code ("A/B","C")} is {@code A\/B/C}, {@code ("A","B/C")} is
 * {@code A/B\/C}).
 */
public final class UniqueKeys {
    /** The length of AO's default string column, which every derived key column has. */
    public static final int MAX_LENGTH = 255;

    private UniqueKeys() {
    }

    public static String of(String... parts) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append('/');
            }
            key.append(parts[i].replace("\\", "\\\\").replace("/", "\\/"));
        }
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The key " + key + " is longer than " + MAX_LENGTH
                    + " characters; shorten the ids it is made of");
        }
        return key.toString();
    }

    /**
     * A value for a plain (indexed or compared) string column of AO's default length.
     *
     * @throws IllegalArgumentException if it is null, blank or longer than {@value #MAX_LENGTH} characters
     */
    public static String column(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The " + what + " '" + value.substring(0, 40) + "…' has "
                    + value.length() + " characters; at most " + MAX_LENGTH + " are stored");
        }
        return value;
    }
}
