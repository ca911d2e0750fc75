package org.eqms.confluence.store;

/**
 * Derived single-column keys for multi-column uniqueness (AO 3.2.11 has only single-column {@code @Unique}): the parts
 * joined by {@code /}, each with {@code \} and {@code /} escaped by {@code \}, so different tuples never give the same
 * key (e.g. {@code ("A/B","C")} is {@code A\/B/C}, {@code ("A","B/C")} is {@code A/B\/C}).
 */
final class UniqueKeys {
    /** The default AO string column length, which every derived key column has. */
    static final int MAX_LENGTH = 255;

    private UniqueKeys() {
    }

    static String of(String... parts) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append('/');
            }
            key.append(parts[i].replace("\\", "\\\\").replace("/", "\\/"));
        }
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("key " + key + " is longer than " + MAX_LENGTH + " characters");
        }
        return key.toString();
    }
}
