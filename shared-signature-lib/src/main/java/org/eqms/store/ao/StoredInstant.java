package org.eqms.store.ao;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Instants as the apps store them, in columns and in stored JSON: UTC with exactly nine fraction digits, e.g.
 * {@code 2026-11-23T06:01:02.345000000Z}. Lossless (the domain's clock may have sub-millisecond precision) and
 * ordered as text. Parsing is strict: any other form is refused.
 */
public final class StoredInstant {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);

    private StoredInstant() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    /** @throws DateTimeParseException if the text is not in the stored form */
    public static Instant parse(String text) {
        return text == null ? null : Instant.from(FORMAT.parse(text));
    }
}
