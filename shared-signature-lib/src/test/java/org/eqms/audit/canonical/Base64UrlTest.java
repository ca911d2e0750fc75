package org.eqms.audit.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base64UrlTest {

    /** RFC 4648 §10 test vectors, with the padding removed. */
    @ParameterizedTest
    @CsvSource({"'', ''", "f, Zg", "fo, Zm8", "foo, Zm9v", "foob, Zm9vYg", "fooba, Zm9vYmE", "foobar, Zm9vYmFy"})
    void rfc4648_vectors_without_padding(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base64Url.encode(bytes)).isEqualTo(encoded);
        assertThat(Base64Url.decode(encoded)).isEqualTo(bytes);
    }

    @Test
    void uses_the_url_alphabet() {
        byte[] bytes = {(byte) 0xfb, (byte) 0xff, (byte) 0xbf};
        assertThat(Base64Url.encode(bytes)).isEqualTo("-_-_");
        assertThat(Base64Url.decode("-_-_")).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zg==", "Zm8=", "+/+/", "Zm9v\n", " Zm9v", "Z", "Zm9vY", "Zh", "Zm9"})
    void refuses_padding_foreign_characters_impossible_lengths_and_stray_bits(String bad) {
        assertThatThrownBy(() -> Base64Url.decode(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void decode_inverts_encode(@ForAll byte[] data) {
        String text = Base64Url.encode(data);
        assertThat(text).matches("[A-Za-z0-9_-]*");
        assertThat(Base64Url.decode(text)).isEqualTo(data);
    }
}
