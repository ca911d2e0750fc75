package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@Clause("ISO13485-4.2.4")
class RevisionSchemeTest {

    @ParameterizedTest(name = "{0} starts at {1}")
    @CsvSource({"LETTERS, A", "MAJOR_MINOR_NUMERIC, 1.0"})
    void firstRevision(RevisionScheme scheme, String first) {
        assertThat(scheme.first()).isEqualTo(first);
        assertThat(scheme.isValid(first)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "LETTERS, A, B",
        "LETTERS, B, C",
        "LETTERS, Y, Z",
        "LETTERS, Z, AA",
        "LETTERS, AA, AB",
        "LETTERS, AZ, BA",
        "LETTERS, BZ, CA",
        "LETTERS, ZY, ZZ",
        "LETTERS, ZZ, AAA",
        "LETTERS, AZZ, BAA",
        "LETTERS, ZZZ, AAAA",
        "LETTERS, ZZZZZ, AAAAAA",
        "MAJOR_MINOR_NUMERIC, 1.0, 2.0",
        "MAJOR_MINOR_NUMERIC, 9.0, 10.0",
        "MAJOR_MINOR_NUMERIC, 99.0, 100.0",
        "MAJOR_MINOR_NUMERIC, 999999998.0, 999999999.0",
    })
    void nextRevision(RevisionScheme scheme, String current, String next) {
        assertThat(scheme.next(current)).isEqualTo(next);
        assertThat(scheme.compare(current, next)).isNegative();
        assertThat(scheme.compare(next, current)).isPositive();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" valid = {2}")
    @CsvSource(nullValues = "NULL", value = {
        "LETTERS, A, true",
        "LETTERS, Z, true",
        "LETTERS, AB, true",
        "LETTERS, ZZZZZZ, true",
        "LETTERS, AAAAAAA, false",
        "LETTERS, a, false",
        "LETTERS, Ab, false",
        "LETTERS, ' A', false",
        "LETTERS, 'A ', false",
        "LETTERS, A1, false",
        "LETTERS, Ä, false",
        "LETTERS, 1.0, false",
        "LETTERS, '', false",
        "LETTERS, NULL, false",
        "MAJOR_MINOR_NUMERIC, 1.0, true",
        "MAJOR_MINOR_NUMERIC, 10.0, true",
        "MAJOR_MINOR_NUMERIC, 999999999.0, true",
        "MAJOR_MINOR_NUMERIC, 1000000000.0, false",
        "MAJOR_MINOR_NUMERIC, 0.0, false",
        "MAJOR_MINOR_NUMERIC, 01.0, false",
        "MAJOR_MINOR_NUMERIC, 1.1, false",
        "MAJOR_MINOR_NUMERIC, 1.00, false",
        "MAJOR_MINOR_NUMERIC, 1, false",
        "MAJOR_MINOR_NUMERIC, 1., false",
        "MAJOR_MINOR_NUMERIC, .0, false",
        "MAJOR_MINOR_NUMERIC, -1.0, false",
        "MAJOR_MINOR_NUMERIC, +1.0, false",
        "MAJOR_MINOR_NUMERIC, ' 1.0', false",
        "MAJOR_MINOR_NUMERIC, ١.0, false",
        "MAJOR_MINOR_NUMERIC, A, false",
        "MAJOR_MINOR_NUMERIC, '', false",
        "MAJOR_MINOR_NUMERIC, NULL, false",
    })
    void validatesLabelsExactly(RevisionScheme scheme, String revision, boolean valid) {
        assertThat(scheme.isValid(revision)).isEqualTo(valid);
        if (!valid) {
            assertThatThrownBy(() -> scheme.next(revision))
                    .isInstanceOfSatisfying(InvalidRevisionException.class, e -> {
                        assertThat(e.getMessage()).contains("is not a revision of the scheme " + scheme.name());
                        assertThat(e.hint()).isNotBlank();
                        assertThat(e.code()).isEqualTo("invalid_revision");
                    });
            assertThatThrownBy(() -> scheme.compare(revision, scheme.first()))
                    .isInstanceOf(InvalidRevisionException.class);
            assertThatThrownBy(() -> scheme.compare(scheme.first(), revision))
                    .isInstanceOf(InvalidRevisionException.class);
        }
    }

    @ParameterizedTest(name = "{0}: compare({1}, {2}) has sign {3}")
    @CsvSource({
        "LETTERS, A, A, 0",
        "LETTERS, A, B, -1",
        "LETTERS, Z, AA, -1",
        "LETTERS, ZZ, AAA, -1",
        "LETTERS, B, AA, -1",
        "LETTERS, BA, AZ, 1",
        "LETTERS, AAA, ZZ, 1",
        "MAJOR_MINOR_NUMERIC, 1.0, 1.0, 0",
        "MAJOR_MINOR_NUMERIC, 2.0, 10.0, -1",
        "MAJOR_MINOR_NUMERIC, 10.0, 9.0, 1",
    })
    void ordersRevisions(RevisionScheme scheme, String a, String b, int sign) {
        assertThat(Integer.signum(scheme.compare(a, b))).isEqualTo(sign);
        assertThat(Integer.signum(scheme.order().compare(a, b))).isEqualTo(sign);
    }

    @Test
    void ordersAListOfLettersLikeSpreadsheetColumnsNotAlphabetically() {
        List<String> revisions = new ArrayList<>(List.of("AA", "B", "Z", "A", "BA", "AZ"));
        revisions.sort(RevisionScheme.LETTERS.order());
        assertThat(revisions).containsExactly("A", "B", "Z", "AA", "AZ", "BA");
    }

    @ParameterizedTest(name = "{0} ends at {1}")
    @CsvSource({"LETTERS, ZZZZZZ", "MAJOR_MINOR_NUMERIC, 999999999.0"})
    void theLastRevisionHasNoNext(RevisionScheme scheme, String last) {
        assertThatThrownBy(() -> scheme.next(last))
                .isInstanceOfSatisfying(InvalidRevisionException.class, e -> {
                    assertThat(e.getMessage()).contains(last).contains("last one");
                    assertThat(e.hint()).contains("new document");
                });
    }

    @ParameterizedTest
    @EnumSource(RevisionScheme.class)
    void theTwentySeventhRevisionIsAAor27(RevisionScheme scheme) {
        String revision = scheme.first();
        for (int i = 1; i < 27; i++) {
            revision = scheme.next(revision);
        }
        assertThat(revision).isEqualTo(scheme == RevisionScheme.LETTERS ? "AA" : "27.0");
    }
}
