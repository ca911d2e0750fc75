package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@Clause("ISO13485-4.2.4")
class DocumentNumberFormatTest {

    @ParameterizedTest(name = "{0} formats {1} as {2}")
    @CsvSource(delimiter = '|', value = {
        "SOP-{0000}               | 1          | SOP-0001",
        "SOP-{0000}               | 42         | SOP-0042",
        "SOP-{0000}               | 9999       | SOP-9999",
        "WI/QA-{000}.A            | 7          | WI/QA-007.A",
        "{0}                      | 9          | 9",
        "{000000000}              | 999999999  | 999999999",
        "DOC_{00}-x               | 10         | DOC_10-x",
        "2024-{000}               | 5          | 2024-005",
        "ABCDEFGHIJKLMNOPQRSTUVW{0000000} | 1  | ABCDEFGHIJKLMNOPQRSTUVW0000001",
    })
    void formatsTheCounterZeroPaddedToTheFieldWidth(String pattern, long n, String expected) {
        DocumentNumberFormat format = DocumentNumberFormat.of(pattern);
        assertThat(format.format(n)).isEqualTo(expected);
        assertThat(format.parse(expected)).hasValue(n);
    }

    @ParameterizedTest(name = "{0}: prefix \"{1}\", width {2}, suffix \"{3}\", capacity {4}")
    @CsvSource(delimiter = '|', value = {
        "SOP-{0000}    | SOP-   | 4 | ''  | 9999",
        "WI/QA-{000}.A | WI/QA- | 3 | .A  | 999",
        "{0}           | ''     | 1 | ''  | 9",
        "{000000000}   | ''     | 9 | ''  | 999999999",
    })
    void exposesItsParts(String pattern, String prefix, int width, String suffix, long capacity) {
        DocumentNumberFormat format = DocumentNumberFormat.of(pattern);
        assertThat(format.pattern()).isEqualTo(pattern);
        assertThat(format.prefix()).isEqualTo(prefix);
        assertThat(format.width()).isEqualTo(width);
        assertThat(format.suffix()).isEqualTo(suffix);
        assertThat(format.capacity()).isEqualTo(capacity);
        assertThat(format).isEqualTo(DocumentNumberFormat.of(pattern)).hasToString(pattern);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "SOP-                          | no counter field",
        "SOP-0000                      | no counter field",
        "WI-{000}-{YYYY}               | more than one field",
        "SOP-{00}{00}                  | more than one field",
        "SOP-{0000}}                   | more than one field",
        "SOP-}0000{                    | closes its field before opening",
        "SOP-{}                        | not a counter",
        "SOP-{000a}                    | not a counter",
        "SOP-{YYYY}                    | not a counter",
        "SOP-{ 000}                    | not a counter",
        "SOP-{0000000000}              | 10 digits; at most 9",
        "SOP {0000}                    | character ' '",
        "SÖP-{0000}                    | character 'Ö'",
        "SOP-{0000}#                   | character '#'",
        "SOP:{0000}                    | character ':'",
        "SOP\\{0000}                   | character '\\'",
        "ABCDEFGHIJKLMNOPQRSTUVWX{0000000} | 33 characters; at most 32",
    })
    void refusesInvalidPatternsWithAHint(String pattern, String reason) {
        assertThatThrownBy(() -> DocumentNumberFormat.of(pattern))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.getMessage()).contains(reason);
                    assertThat(e.hint()).contains("SOP-{0000}").contains("exactly one counter field");
                    assertThat(e.code()).isEqualTo("invalid_configuration");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesAMissingPattern(String pattern) {
        assertThatThrownBy(() -> DocumentNumberFormat.of(pattern))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aPatternOfExactly32CharactersIsAccepted() {
        String pattern = "ABCDEFGHIJKLMNOPQRSTUVW{0000000}";
        assertThat(pattern).hasSize(32);
        assertThat(DocumentNumberFormat.of(pattern).width()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0} refuses {1}: 1..{2} only")
    @CsvSource({
        "SOP-{0000}, 10000, 9999",
        "SOP-{0}, 10, 9",
        "{000000000}, 1000000000, 999999999",
        "SOP-{0000}, 9223372036854775807, 9999",
    })
    void refusesNumbersWiderThanTheField(String pattern, long n, long capacity) {
        DocumentNumberFormat format = DocumentNumberFormat.of(pattern);
        assertThatThrownBy(() -> format.format(n))
                .isInstanceOfSatisfying(DocumentNumberRangeExhaustedException.class, e -> {
                    assertThat(e.getMessage()).contains(Long.toString(n)).contains(pattern)
                            .contains("1.." + capacity);
                    assertThat(e.number()).isEqualTo(n);
                    assertThat(e.capacity()).isEqualTo(capacity);
                    assertThat(e.pattern()).isEqualTo(pattern);
                    assertThat(e.hint()).contains("wider counter field").contains("never reused");
                });
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void refusesNumbersBelowOne(long n) {
        assertThatThrownBy(() -> DocumentNumberFormat.of("SOP-{0000}").format(n))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start at 1");
    }

    @ParameterizedTest(name = "SOP-'{0000}'.A does not parse \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL", "''", "SOP-0001", "SOP-001.A", "SOP-00001.A", "sop-0001.A", "SOP-0001.a", "XOP-0001.A",
        "SOP-00a1.A", "SOP-0000.A", "SOP--001.A", "SOP-+001.A", "'SOP-0001.A '", "' SOP-0001.A'", "SOP-١٢٣٤.A",
    })
    void parsesOnlyItsExactShape(String candidate) {
        assertThat(DocumentNumberFormat.of("SOP-{0000}.A").parse(candidate)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void parsesAPrefixEndingInDigitsByPosition() {
        DocumentNumberFormat format = DocumentNumberFormat.of("QA2-{000}");
        assertThat(format.parse("QA2-020")).hasValue(20);
        assertThat(format.parse("QA2020")).isEmpty();
    }
}
