package org.eqms.confluence.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * Instants as stored in this app's tables: UTC with exactly nine fraction digits, e.g.
 * {@code 2026-11-23T06:01:02.345000000Z}. Lossless (the domain's clock may have sub-millisecond precision) and
 * ordered as text.
 */
final class StoredInstant {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);

    private StoredInstant() {
    }

    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.from(FORMAT.parse(text));
    }
}
