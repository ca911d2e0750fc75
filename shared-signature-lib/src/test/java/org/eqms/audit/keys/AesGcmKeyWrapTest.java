package org.eqms.audit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AesGcmKeyWrapTest {

    private final SecureRandom random = new SecureRandom();
    private byte[] kek;
    private byte[] secret;
    private byte[] aad;

    @BeforeEach
    void setUp() {
        kek = new byte[32];
        random.nextBytes(kek);
        secret = new byte[32];
        random.nextBytes(secret);
        aad = "ledger:jira-1/kid:2026-11-23".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unwrap_returns_what_was_wrapped() {
        byte[] wrapped = AesGcmKeyWrap.wrap(kek, secret, aad, random);

        assertThat(wrapped).hasSize(12 + secret.length + 16);
        assertThat(AesGcmKeyWrap.unwrap(kek, wrapped, aad)).isEqualTo(secret);
    }

    @Test
    void each_wrap_uses_a_fresh_nonce() {
        byte[] a = AesGcmKeyWrap.wrap(kek, secret, aad, random);
        byte[] b = AesGcmKeyWrap.wrap(kek, secret, aad, random);

        assertThat(a).isNotEqualTo(b);
        assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
    }

    @Test
    void a_wrong_kek_is_refused() {
        byte[] wrapped = AesGcmKeyWrap.wrap(kek, secret, aad, random);
        byte[] otherKek = kek.clone();
        otherKek[0] ^= 0x01;

        assertThatThrownBy(() -> AesGcmKeyWrap.unwrap(otherKek, wrapped, aad))
                .isInstanceOf(KeyUnwrapException.class);
    }

    @Test
    void wrong_associated_data_is_refused() {
        byte[] wrapped = AesGcmKeyWrap.wrap(kek, secret, aad, random);

        assertThatThrownBy(() -> AesGcmKeyWrap.unwrap(kek, wrapped, "kid:other".getBytes()))
                .isInstanceOf(KeyUnwrapException.class);
        assertThatThrownBy(() -> AesGcmKeyWrap.unwrap(kek, wrapped, null))
                .isInstanceOf(KeyUnwrapException.class);
    }

    @Test
    void any_flipped_bit_is_refused() {
        byte[] wrapped = AesGcmKeyWrap.wrap(kek, secret, aad, random);
        for (int i = 0; i < wrapped.length; i++) {
            for (int bit = 0; bit < 8; bit += 7) {
                byte[] tampered = wrapped.clone();
                tampered[i] ^= (byte) (1 << bit);
                int at = i;
                assertThatThrownBy(() -> AesGcmKeyWrap.unwrap(kek, tampered, aad))
                        .as("bit %d of byte %d", bit, at)
                        .isInstanceOf(KeyUnwrapException.class);
            }
        }
    }

    @Test
    void truncated_input_is_refused() {
        byte[] wrapped = AesGcmKeyWrap.wrap(kek, secret, aad, random);

        assertThatThrownBy(() -> AesGcmKeyWrap.unwrap(kek, java.util.Arrays.copyOf(wrapped, 27), aad))
                .isInstanceOf(KeyUnwrapException.class);
        assertThatThrownBy(() -> AesGcmKeyWrap.unwrap(kek, java.util.Arrays.copyOf(wrapped, wrapped.length - 1), aad))
                .isInstanceOf(KeyUnwrapException.class);
    }

    @Test
    void a_kek_that_is_not_256_bits_is_refused() {
        assertThatThrownBy(() -> AesGcmKeyWrap.wrap(new byte[16], secret, aad, random))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
