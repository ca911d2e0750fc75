package org.eqms.audit.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexTest {

    @Test
    void encodes_lowercase() {
        assertThat(Hex.encode(new byte[] {0x00, 0x0f, (byte) 0xab, (byte) 0xff, 0x10})).isEqualTo("000fabff10");
        assertThat(Hex.encode(new byte[0])).isEmpty();
    }

    @Test
    void decodes_either_case() {
        assertThat(Hex.decode("00ABff10")).containsExactly(0x00, 0xab, 0xff, 0x10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "abc", "0g", "zz", " 0", "0x00", "\u0660\u0660"})
    void refuses_odd_length_and_non_hex(String bad) {
        assertThatThrownBy(() -> Hex.decode(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void decode_inverts_encode(@ForAll byte[] data) {
        String hex = Hex.encode(data);
        assertThat(hex).matches("[0-9a-f]*").hasSize(data.length * 2);
        assertThat(Hex.decode(hex)).isEqualTo(data);
    }
}
