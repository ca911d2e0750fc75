package org.eqms.audit.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** FIPS 180-2 Appendix B examples. */
class Sha256Test {

    @Test
    void sha256_of_abc_is_the_fips_180_example() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void sha256_of_the_two_block_fips_example() {
        byte[] msg = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(Sha256.hex(msg))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void sha256_of_nothing() {
        assertThat(Sha256.digest(new byte[0])).hasSize(32);
        assertThat(Sha256.hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void zero_hash_is_sixty_four_zeros() {
        assertThat(Sha256.ZERO_HASH).hasSize(64).matches("0+");
    }
}
