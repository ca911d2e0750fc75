package org.eqms.signature.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B: all 18 rows (8 digits, X = 30 s, T0 = 0). */
class TotpTest {

    private static final byte[] SEED_SHA1 =
            "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 =
            "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 =
            "1234567890123456789012345678901234567890123456789012345678901234"
                    .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} s, {2}: {1}")
    @CsvSource({
        "59, 94287082, SHA1",
        "59, 46119246, SHA256",
        "59, 90693936, SHA512",
        "1111111109, 07081804, SHA1",
        "1111111109, 68084774, SHA256",
        "1111111109, 25091201, SHA512",
        "1111111111, 14050471, SHA1",
        "1111111111, 67062674, SHA256",
        "1111111111, 99943326, SHA512",
        "1234567890, 89005924, SHA1",
        "1234567890, 91819424, SHA256",
        "1234567890, 93441116, SHA512",
        "2000000000, 69279037, SHA1",
        "2000000000, 90698825, SHA256",
        "2000000000, 38618901, SHA512",
        "20000000000, 65353130, SHA1",
        "20000000000, 77737706, SHA256",
        "20000000000, 47863826, SHA512",
    })
    void rfc6238_appendix_b(long seconds, String expected, String mode) {
        TotpParameters p = new TotpParameters("Hmac" + mode, 8, Duration.ofSeconds(30));

        assertThat(Totp.code(seed(mode), Instant.ofEpochSecond(seconds), p)).isEqualTo(expected);
    }

    @Test
    void rfc6238_step_counters_match_the_table() {
        TotpParameters p = new TotpParameters("HmacSHA1", 8, Duration.ofSeconds(30));
        assertThat(Totp.step(Instant.ofEpochSecond(59), p)).isEqualTo(0x1L);
        assertThat(Totp.step(Instant.ofEpochSecond(1111111109), p)).isEqualTo(0x23523ECL);
        assertThat(Totp.step(Instant.ofEpochSecond(1111111111), p)).isEqualTo(0x23523EDL);
        assertThat(Totp.step(Instant.ofEpochSecond(1234567890), p)).isEqualTo(0x273EF07L);
        assertThat(Totp.step(Instant.ofEpochSecond(2000000000), p)).isEqualTo(0x3F940AAL);
        assertThat(Totp.step(Instant.ofEpochSecond(20000000000L), p)).isEqualTo(0x27BC86AAL);
    }

    @Test
    void six_digit_codes_are_the_last_six_digits_of_the_rfc_values() {
        // RFC 4226 §5.3: the code is the truncated value mod 10^Digit, so 6 digits are the tail of 8.
        assertThat(Totp.code(SEED_SHA1, Instant.ofEpochSecond(59), TotpParameters.DEFAULT)).isEqualTo("287082");
        assertThat(Totp.code(SEED_SHA1, Instant.ofEpochSecond(1111111109), TotpParameters.DEFAULT))
                .isEqualTo("081804");
    }

    @Test
    void a_code_within_the_window_returns_the_step_it_belongs_to() {
        TotpParameters p = new TotpParameters("HmacSHA1", 8, Duration.ofSeconds(30));
        Instant now = Instant.ofEpochSecond(1111111111); // step 0x23523ED
        // 07081804 is the RFC code for step 0x23523EC, one step before now.

        assertThat(Totp.matchingStep(SEED_SHA1, "07081804", now, p, 1)).isEqualTo(OptionalLong.of(0x23523ECL));
        assertThat(Totp.matchingStep(SEED_SHA1, "14050471", now, p, 0)).isEqualTo(OptionalLong.of(0x23523EDL));
        assertThat(Totp.matchingStep(SEED_SHA1, "14050471", now.plusSeconds(30), p, 1))
                .isEqualTo(OptionalLong.of(0x23523EDL));
    }

    @Test
    void a_code_outside_the_window_is_refused() {
        TotpParameters p = new TotpParameters("HmacSHA1", 8, Duration.ofSeconds(30));
        Instant now = Instant.ofEpochSecond(1111111111);

        assertThat(Totp.matchingStep(SEED_SHA1, "07081804", now, p, 0)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA1, "14050471", now.plusSeconds(60), p, 1)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA1, "14050471", now.minusSeconds(60), p, 1)).isEmpty();
    }

    @Test
    void a_wrong_or_malformed_code_is_refused() {
        TotpParameters p = new TotpParameters("HmacSHA1", 8, Duration.ofSeconds(30));
        Instant now = Instant.ofEpochSecond(59);

        assertThat(Totp.matchingStep(SEED_SHA1, "94287083", now, p, 1)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA1, "4287082", now, p, 1)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA1, "094287082", now, p, 1)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA1, "9428708a", now, p, 1)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA1, " 94287082", now, p, 1)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA1, "", now, p, 1)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA1, null, now, p, 1)).isEmpty();
        assertThat(Totp.matchingStep(SEED_SHA256, "94287082", now, p, 1)).isEmpty();
    }

    @Test
    void parameters_outside_the_rfc_are_refused() {
        assertThatThrownBy(() -> new TotpParameters("HmacMD5", 6, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TotpParameters("HmacSHA1", 5, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TotpParameters("HmacSHA1", 6, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TotpParameters("HmacSHA1", 6, Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TotpParameters.DEFAULT)
                .isEqualTo(new TotpParameters("HmacSHA1", 6, Duration.ofSeconds(30)));
    }

    private static byte[] seed(String mode) {
        return switch (mode) {
            case "SHA1" -> SEED_SHA1;
            case "SHA256" -> SEED_SHA256;
            case "SHA512" -> SEED_SHA512;
            default -> throw new IllegalArgumentException(mode);
        };
    }
}
