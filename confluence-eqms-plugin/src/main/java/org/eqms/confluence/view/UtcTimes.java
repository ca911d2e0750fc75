package org.eqms.confluence.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the UI writes server times: always UTC, said so ({@code 2026-11-23 08:05:00 UTC}); dates as ISO dates. */
public final class UtcTimes {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private UtcTimes() {
    }

    /** {@code 2026-11-23}, or {@code null} for {@code null}. */
    public static String date(Instant instant) {
        return instant == null ? null : DATE.format(instant);
    }

    /** {@code 2026-11-23 08:05:00 UTC}, or {@code null} for {@code null}. */
    public static String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }
}
