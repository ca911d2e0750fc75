package org.eqms.audit.canonical;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one time shape of the audit formats: RFC 3339 UTC with exactly three fraction digits and
 * {@code Z}, e.g. {@code 2026-11-23T06:01:02.345Z}.
 */
public final class Rfc3339 {

    private static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                    .withZone(ZoneOffset.UTC)
                    .withResolverStyle(ResolverStyle.STRICT);

    private Rfc3339() {
    }

    /** Formats in UTC, truncated (not rounded) to milliseconds. Years 0000–9999 only. */
    public static String format(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        String text = FORMAT.format(millis);
        if (!SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("Instant outside years 0000-9999: " + instant);
        }
        return text;
    }

    /**
     * Parses exactly {@code yyyy-MM-ddTHH:mm:ss.SSSZ}.
     *
     * @throws IllegalArgumentException for any other shape or an impossible date/time
     */
    public static Instant parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "Not an RFC 3339 UTC millisecond time (yyyy-MM-ddTHH:mm:ss.SSSZ): " + text);
        }
        try {
            return Instant.from(FORMAT.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Impossible date or time: " + text, e);
        }
    }

    /** The clock's instant, truncated to milliseconds. */
    public static Instant now(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
