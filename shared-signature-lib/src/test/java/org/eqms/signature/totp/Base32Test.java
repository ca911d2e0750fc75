package org.eqms.signature.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    /** RFC 4648 §10 test vectors (padded form as printed there). */
    @ParameterizedTest
    @CsvSource({
        "'', ''",
        "f, MY======",
        "fo, MZXQ====",
        "foo, MZXW6===",
        "foob, MZXW6YQ=",
        "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI======",
    })
    void rfc4648_vectors(String plain, String padded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        String unpadded = padded.replace("=", "");

        assertThat(Base32.encode(bytes)).isEqualTo(unpadded);
        assertThat(Base32.decode(unpadded)).isEqualTo(bytes);
        assertThat(Base32.decode(padded)).isEqualTo(bytes);
        assertThat(Base32.decode(unpadded.toLowerCase(Locale.ROOT))).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"M1", "MY0", "MY=", "M", "MZX", "MZXW6Y", "MZ", "MY ", "MÝ", "MZ======"})
    void refuses_foreign_characters_bad_padding_and_impossible_lengths(String bad) {
        assertThatThrownBy(() -> Base32.decode(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void decode_inverts_encode(@ForAll byte[] data) {
        String text = Base32.encode(data);
        assertThat(text).matches("[A-Z2-7]*");
        assertThat(Base32.decode(text)).isEqualTo(data);
        assertThat(Base32.decode(text.toLowerCase(Locale.ROOT))).isEqualTo(data);
    }
}
