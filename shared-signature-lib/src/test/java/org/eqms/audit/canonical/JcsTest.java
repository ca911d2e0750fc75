package org.eqms.audit.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are RFC 8785's own examples (§3.2.2, §3.2.3, §3.2.4, Appendix B). */
class JcsTest {

    /** RFC 8785 §3.2.2 input. */
    private static final String RFC_3_2_2_INPUT = "{\n"
            + "  \"numbers\": [333333333.33333329, 1E30, 4.50,\n"
            + "              2e-3, 0.000000000000000000000000001],\n"
            + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            + "  \"literals\": [null, true, false]\n"
            + "}";

    /** RFC 8785 §3.2.2 expected canonical result. */
    private static final String RFC_3_2_2_OUTPUT =
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                    + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";

    /** RFC 8785 §3.2.4: the same result as UTF-8 bytes. */
    private static final String RFC_3_2_4_HEX =
            "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a5b33"
                    + "33333333333333332e333333333333332c31652b33302c342e352c302e3030322c31652d32375d2c"
                    + "22737472696e67223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d";

    /** RFC 8785 §3.2.3 input. */
    private static final String RFC_3_2_3_INPUT = "{\n"
            + "  \"\\u20ac\": \"Euro Sign\",\n"
            + "  \"\\r\": \"Carriage Return\",\n"
            + "  \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\",\n"
            + "  \"1\": \"One\",\n"
            + "  \"\\ud83d\\ude00\": \"Emoji: Grinning Face\",\n"
            + "  \"\\u0080\": \"Control\",\n"
            + "  \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"\n"
            + "}";

    /** RFC 8785 §3.2.3: properties in UTF-16 code unit order (the emoji sorts before U+FB33). */
    private static final String RFC_3_2_3_OUTPUT = "{\"\\r\":\"Carriage Return\","
            + "\"1\":\"One\","
            + "\"\u0080\":\"Control\","
            + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
            + "\"\u20ac\":\"Euro Sign\","
            + "\"\ud83d\ude00\":\"Emoji: Grinning Face\","
            + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";

    @Test
    void rfc8785_3_2_2_primitives_are_serialized_as_ecmascript_does() {
        assertThat(new String(Jcs.canonicalize(RFC_3_2_2_INPUT), StandardCharsets.UTF_8))
                .isEqualTo(RFC_3_2_2_OUTPUT);
    }

    @Test
    void rfc8785_3_2_4_output_is_exactly_these_utf8_bytes() {
        assertThat(Jcs.canonicalize(RFC_3_2_2_INPUT)).isEqualTo(Hex.decode(RFC_3_2_4_HEX));
    }

    @Test
    void rfc8785_3_2_3_properties_sort_by_utf16_code_units() {
        assertThat(new String(Jcs.canonicalize(RFC_3_2_3_INPUT), StandardCharsets.UTF_8))
                .isEqualTo(RFC_3_2_3_OUTPUT);
    }

    @Test
    void a_jackson_tree_canonicalizes_like_its_text() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode sorted = mapper.readTree(RFC_3_2_3_INPUT);
        JsonNode values = mapper.readTree(RFC_3_2_2_INPUT);

        assertThat(Jcs.canonicalString(sorted)).isEqualTo(RFC_3_2_3_OUTPUT);
        assertThat(Jcs.canonicalize(sorted)).isEqualTo(RFC_3_2_3_OUTPUT.getBytes(StandardCharsets.UTF_8));
        assertThat(Jcs.canonicalize(values)).isEqualTo(Hex.decode(RFC_3_2_4_HEX));
    }

    @Test
    void nested_objects_are_sorted_and_arrays_keep_their_order() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("seq", 7);
        node.putObject("actor").put("userKey", "u1").put("name", "Ann");
        node.putArray("list").add(3).add(1).add(2);
        node.putNull("version");

        assertThat(Jcs.canonicalString(node)).isEqualTo(
                "{\"actor\":{\"name\":\"Ann\",\"userKey\":\"u1\"},\"list\":[3,1,2],\"seq\":7,\"version\":null}");
    }

    /** RFC 8785 Appendix B, the integer-valued and boundary rows, fed as Jackson numbers. */
    @ParameterizedTest
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "44b52d02c7e14af6, 1e+23",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "0000000000000001, 5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "41b3de4355555555, 333333333.3333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void rfc8785_appendix_b_numbers(String ieee754Hex, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754Hex, 16));
        JsonNode node = JsonNodeFactory.instance.numberNode(value);

        assertThat(Jcs.canonicalString(node)).isEqualTo(expected);
    }

    @Test
    void integers_are_written_without_fraction_or_exponent() {
        assertThat(Jcs.canonicalString(JsonNodeFactory.instance.numberNode(1_000_000L))).isEqualTo("1000000");
        assertThat(Jcs.canonicalString(JsonNodeFactory.instance.numberNode(-42))).isEqualTo("-42");
        assertThat(new String(Jcs.canonicalize("[1E2, 10.0, -0]"), StandardCharsets.UTF_8))
                .isEqualTo("[100,10,0]");
    }

    @Test
    void control_characters_get_the_short_escapes_or_lowercase_u_escapes() {
        String input = "\"\\u0008\\u0009\\u000a\\u000c\\u000d\\u001f\\u007f\"";

        assertThat(new String(Jcs.canonicalize(input), StandardCharsets.UTF_8))
                .isEqualTo("\"\\b\\t\\n\\f\\r\\u001f\u007f\"");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "{\"a\":",
        "{\"a\":1} x",
        "{\"a\":1,\"a\":2}",
        "{\"a\":1e400}",
        "{\"a\":NaN}",
        "{\"a\":\"\\ud800\"}",
        "[1, 2] 3",
        "1, 2",
        "\"\\udc00\"",
        "",
    })
    void malformed_or_non_i_json_input_is_refused_with_illegal_argument(String bad) {
        assertThatThrownBy(() -> Jcs.canonicalize(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RFC 8785");
    }

    @Test
    void a_lone_surrogate_in_a_tree_is_refused() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", "x\ud800");
        assertThatThrownBy(() -> Jcs.canonicalize(node)).isInstanceOf(IllegalArgumentException.class);
    }
}
