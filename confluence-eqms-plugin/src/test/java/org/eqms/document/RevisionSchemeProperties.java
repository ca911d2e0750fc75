package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.eqms.compliance.Clause;

/** Properties of {@link RevisionScheme} (kept apart from the table tests: jqwik runs as its own engine). */
@Clause("ISO13485-4.2.4")
class RevisionSchemeProperties {

    @Property
    void nextStrictlyIncreasesAndNeverRepeatsOver1000StepsFromTheFirst(@ForAll RevisionScheme scheme) {
        assertStrictlyIncreasingFor1000Steps(scheme, scheme.first());
    }

    @Property(tries = 50)
    void nextStrictlyIncreasesAndNeverRepeatsOver1000StepsFromAnyLetterLabel(@ForAll("letterLabels") String start) {
        assertStrictlyIncreasingFor1000Steps(RevisionScheme.LETTERS, start);
    }

    @Property(tries = 50)
    void nextStrictlyIncreasesAndNeverRepeatsOver1000StepsFromAnyNumericLabel(
            @ForAll @IntRange(min = 1, max = 999_998_999) int major) {
        assertStrictlyIncreasingFor1000Steps(RevisionScheme.MAJOR_MINOR_NUMERIC, major + ".0");
    }

    private static void assertStrictlyIncreasingFor1000Steps(RevisionScheme scheme, String start) {
        Set<String> seen = new HashSet<>();
        String current = start;
        seen.add(current);
        for (int step = 0; step < 1000; step++) {
            String next = scheme.next(current);
            assertThat(scheme.isValid(next)).as("valid: %s", next).isTrue();
            assertThat(scheme.compare(current, next)).as("%s < %s", current, next).isNegative();
            assertThat(scheme.compare(next, current)).isPositive();
            assertThat(seen.add(next)).as("never repeats: %s", next).isTrue();
            current = next;
        }
        assertThat(seen).hasSize(1001);
    }

    @Property(tries = 200)
    void nextStrictlyIncreasesFromAnyValidLetterLabel(@ForAll("letterLabels") String label) {
        String next = RevisionScheme.LETTERS.next(label);
        assertThat(RevisionScheme.LETTERS.compare(label, next)).isNegative();
        assertThat(next.length()).isBetween(label.length(), label.length() + 1);
    }

    @Provide
    Arbitrary<String> letterLabels() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5);
    }
}
