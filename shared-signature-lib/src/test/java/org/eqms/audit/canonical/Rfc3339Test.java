package org.eqms.audit.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    @Test
    void formats_utc_with_exactly_three_fraction_digits() {
        Instant t = Instant.parse("2026-11-23T06:01:02.345Z");
        assertThat(Rfc3339.format(t)).isEqualTo("2026-11-23T06:01:02.345Z");
        assertThat(Rfc3339.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
    }

    @Test
    void truncates_rather_than_rounds() {
        assertThat(Rfc3339.format(Instant.parse("2026-11-23T06:01:02.345999999Z")))
                .isEqualTo("2026-11-23T06:01:02.345Z");
        assertThat(Rfc3339.format(Instant.parse("1969-12-31T23:59:59.9999Z")))
                .isEqualTo("1969-12-31T23:59:59.999Z");
    }

    @Test
    void parses_the_exact_shape() {
        assertThat(Rfc3339.parse("2026-11-23T06:01:02.345Z"))
                .isEqualTo(Instant.parse("2026-11-23T06:01:02.345Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-23T06:01:02Z",
        "2026-11-23T06:01:02.34Z",
        "2026-11-23T06:01:02.3456Z",
        "2026-11-23T06:01:02.345+00:00",
        "2026-11-23T06:01:02.345z",
        "2026-11-23t06:01:02.345Z",
        "2026-11-23 06:01:02.345Z",
        "2026-02-30T06:01:02.345Z",
        "2026-11-23T24:00:00.000Z",
        "2026-11-23T23:59:60.000Z",
        "+2026-11-23T06:01:02.345Z",
        " 2026-11-23T06:01:02.345Z",
        "",
    })
    void refuses_anything_else(String bad) {
        assertThatThrownBy(() -> Rfc3339.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void now_is_the_clock_truncated_to_millis() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:01:02.345678Z"), ZoneId.of("Europe/Paris"));
        assertThat(Rfc3339.now(clock)).isEqualTo(Instant.parse("2026-11-23T06:01:02.345Z"));
    }

    @Property
    void parse_inverts_format_for_millisecond_instants(
            @ForAll @LongRange(min = -62_167_219_200_000L, max = 253_402_300_799_999L) long epochMilli) {
        Instant t = Instant.ofEpochMilli(epochMilli); // years 0000 to 9999
        String text = Rfc3339.format(t);
        assertThat(text).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(Rfc3339.parse(text)).isEqualTo(t);
    }
}
