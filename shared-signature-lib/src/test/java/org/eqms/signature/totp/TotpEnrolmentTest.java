package org.eqms.signature.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TotpEnrolmentTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_new_secret_is_160_random_bits() {
        SecureRandom random = new SecureRandom();
        byte[] a = TotpEnrolment.newSecret(random);
        byte[] b = TotpEnrolment.newSecret(random);

        assertThat(a).hasSize(20);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void otpauth_uri_carries_base32_secret_and_parameters() {
        String uri = TotpEnrolment.otpauthUri("eQMS", "jdoe", RFC_SEED, TotpParameters.DEFAULT);

        assertThat(uri).isEqualTo("otpauth://totp/eQMS:jdoe?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=eQMS&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void otpauth_uri_percent_encodes_issuer_and_account() {
        TotpParameters p = new TotpParameters("HmacSHA256", 8, Duration.ofSeconds(60));

        String uri = TotpEnrolment.otpauthUri("ACME & Co: QA", "jane doe+qa@example.com/ü", RFC_SEED, p);

        assertThat(uri).isEqualTo("otpauth://totp/ACME%20%26%20Co%3A%20QA:jane%20doe%2Bqa%40example.com%2F%C3%BC"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=ACME%20%26%20Co%3A%20QA&algorithm=SHA256&digits=8&period=60");
    }
}
