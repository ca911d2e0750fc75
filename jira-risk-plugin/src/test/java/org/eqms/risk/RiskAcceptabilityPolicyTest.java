package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.risk.Acceptability.ACCEPTABLE;
import static org.eqms.risk.Acceptability.INVESTIGATE_ALARP;
import static org.eqms.risk.Acceptability.UNACCEPTABLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ISO 14971 §4.4 d and §6: the acceptability policy — scales, matrix, evaluation. */
@Clause("ISO14971-4.4")
class RiskAcceptabilityPolicyTest {

    private static final RiskAcceptabilityPolicy POLICY = RiskAcceptabilityPolicy.defaults();

    @ParameterizedTest(name = "S{0} × P{1} → {2}")
    @CsvSource({
        "1,1,ACCEPTABLE", "1,4,ACCEPTABLE", "1,5,INVESTIGATE_ALARP",
        "2,3,ACCEPTABLE", "2,4,INVESTIGATE_ALARP", "2,5,INVESTIGATE_ALARP",
        "3,2,ACCEPTABLE", "3,3,INVESTIGATE_ALARP", "3,5,UNACCEPTABLE",
        "4,1,ACCEPTABLE", "4,2,INVESTIGATE_ALARP", "4,4,UNACCEPTABLE",
        "5,1,INVESTIGATE_ALARP", "5,2,INVESTIGATE_ALARP", "5,3,UNACCEPTABLE", "5,5,UNACCEPTABLE"})
    @Clause("ISO14971-6")
    void theDefaultMatrixEvaluatesEachCellAsDocumented(int severity, int probability, Acceptability expected) {
        assertThat(POLICY.evaluate(severity, probability)).isEqualTo(expected);
    }

    @Test
    void theDefaultPolicyIsFiveByFiveWithNamedLevels() {
        assertThat(POLICY.severityScale().levels())
                .containsExactly("Negligible", "Minor", "Serious", "Critical", "Catastrophic");
        assertThat(POLICY.probabilityScale().bands()).extracting(ProbabilityBand::name)
                .containsExactly("Improbable", "Remote", "Occasional", "Probable", "Frequent");
        assertThat(POLICY.matrix().severityLevels()).isEqualTo(5);
        assertThat(POLICY.matrix().probabilityLevels()).isEqualTo(5);
        assertThat(POLICY.severityScale().name(5)).isEqualTo("Catastrophic");
        assertThat(POLICY.probabilityScale().name(2)).isEqualTo("Remote");
    }

    @Test
    void onlyAcceptableRisksNeedNoControl() {
        assertThat(ACCEPTABLE.requiresControl()).isFalse();
        assertThat(INVESTIGATE_ALARP.requiresControl()).isTrue();
        assertThat(UNACCEPTABLE.requiresControl()).isTrue();
    }

    @ParameterizedTest(name = "{0} ppb → level {1}")
    @CsvSource({"0,1", "999,1", "1000,2", "9999,2", "10000,3", "100000,4", "999999,4", "1000000,5",
        "1000000000,5"})
    void aQuantitativeProbabilityFallsIntoExactlyOneBand(long ppb, int level) {
        assertThat(POLICY.probabilityScale().levelOf(ppb)).isEqualTo(level);
    }

    @Test
    void theAdministratorEditsACellAndGetsANewPolicyLeavingTheOldOneUnchanged() {
        RiskAcceptabilityPolicy edited = POLICY.withCell(3, 4, UNACCEPTABLE);
        assertThat(edited.evaluate(3, 4)).isEqualTo(UNACCEPTABLE);
        assertThat(POLICY.evaluate(3, 4)).isEqualTo(INVESTIGATE_ALARP);
        assertThat(edited.evaluate(3, 3)).isEqualTo(INVESTIGATE_ALARP);
    }

    @Test
    void aCustomThreeByFourPolicyIsAccepted() {
        SeverityScale s = new SeverityScale(List.of("Low", "Medium", "High"));
        ProbabilityScale p = new ProbabilityScale(List.of(new ProbabilityBand("Rare", 0),
                new ProbabilityBand("Unlikely", 100), new ProbabilityBand("Possible", 10_000),
                new ProbabilityBand("Likely", 1_000_000)));
        RiskAcceptabilityPolicy policy = new RiskAcceptabilityPolicy(s, p,
                AcceptabilityMatrix.uniform(3, 4, ACCEPTABLE).withCell(3, 4, UNACCEPTABLE));
        assertThat(policy.evaluate(3, 4)).isEqualTo(UNACCEPTABLE);
        assertThat(policy.evaluate(2, 4)).isEqualTo(ACCEPTABLE);
    }

    private static List<List<Acceptability>> rows(String... rows) {
        List<List<Acceptability>> out = new ArrayList<>();
        for (String row : rows) {
            out.add(Arrays.stream(row.split("")).map(c -> switch (c) {
                case "A" -> ACCEPTABLE;
                case "I" -> INVESTIGATE_ALARP;
                default -> UNACCEPTABLE;
            }).toList());
        }
        return out;
    }

    static Stream<Arguments> invalidConfigurations() {
        ProbabilityBand zero = new ProbabilityBand("Rare", 0);
        return Stream.of(
                Arguments.of("one severity level", (Runnable) () -> new SeverityScale(List.of("Only")), "needs 2 to 10"),
                Arguments.of("eleven severity levels", (Runnable) () -> new SeverityScale(
                        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")), "needs 2 to 10"),
                Arguments.of("null severity scale", (Runnable) () -> new SeverityScale(null), "needs 2 to 10"),
                Arguments.of("blank level name", (Runnable) () -> new SeverityScale(List.of("Low", " ")), "no name"),
                Arguments.of("level named twice", (Runnable) () -> new SeverityScale(List.of("Low", "low")),
                        "named twice"),
                Arguments.of("lowest band above 0", (Runnable) () -> new ProbabilityScale(List.of(
                        new ProbabilityBand("Rare", 5), new ProbabilityBand("Often", 10))), "not at 0"),
                Arguments.of("bands not increasing", (Runnable) () -> new ProbabilityScale(List.of(zero,
                        new ProbabilityBand("B", 100), new ProbabilityBand("C", 100))), "does not start above"),
                Arguments.of("band above 1", (Runnable) () -> new ProbabilityBand("X", 1_000_000_001L), "outside"),
                Arguments.of("negative band", (Runnable) () -> new ProbabilityBand("X", -1), "outside"),
                Arguments.of("empty matrix", (Runnable) () -> new AcceptabilityMatrix(List.of()), "no cells"),
                Arguments.of("ragged matrix", (Runnable) () -> new AcceptabilityMatrix(rows("AA", "A")),
                        "does not have"),
                Arguments.of("less acceptable to the left", (Runnable) () -> new AcceptabilityMatrix(rows("IA")),
                        "more acceptable"),
                Arguments.of("less acceptable below", (Runnable) () -> new AcceptabilityMatrix(rows("U", "I")),
                        "more acceptable"),
                Arguments.of("edit breaking monotony", (Runnable) () -> AcceptabilityMatrix.defaultFiveByFive()
                        .withCell(5, 5, ACCEPTABLE), "more acceptable"),
                Arguments.of("edit of a missing cell", (Runnable) () -> AcceptabilityMatrix.defaultFiveByFive()
                        .withCell(6, 1, UNACCEPTABLE), "no cell"),
                Arguments.of("edit to nothing", (Runnable) () -> AcceptabilityMatrix.defaultFiveByFive()
                        .withCell(1, 1, null), "No acceptability"),
                Arguments.of("matrix does not fit scales", (Runnable) () -> new RiskAcceptabilityPolicy(
                        SeverityScale.defaultScale(), ProbabilityScale.defaultScale(),
                        AcceptabilityMatrix.uniform(4, 5, ACCEPTABLE)), "4×5"),
                Arguments.of("missing scale", (Runnable) () -> new RiskAcceptabilityPolicy(null,
                        ProbabilityScale.defaultScale(), AcceptabilityMatrix.defaultFiveByFive()), "needs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConfigurations")
    void anInvalidPolicyIsRefusedWithAHint(String why, Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidRiskConfigurationException.class, e -> {
            assertThat(e.getMessage()).contains(message);
            assertThat(e.hint()).isNotBlank();
            assertThat(e.code()).isEqualTo("invalid_risk_configuration");
        });
    }

    @ParameterizedTest(name = "S{0} × P{1}")
    @CsvSource({"0,1", "6,1", "1,0", "1,6"})
    @Clause("ISO14971-6")
    void evaluatingALevelOffTheScalesIsRefused(int severity, int probability) {
        assertThatThrownBy(() -> POLICY.evaluate(severity, probability))
                .isInstanceOfSatisfying(RiskRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(RiskRefusal.LEVEL_OUT_OF_SCALE);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.hint()).startsWith("Choose one of");
                });
    }

    @Test
    void theMatrixCannotBeChangedThroughItsRows() {
        List<List<Acceptability>> source = new ArrayList<>(rows("AI", "IU"));
        AcceptabilityMatrix m = new AcceptabilityMatrix(source);
        source.set(0, rows("UU").get(0));
        assertThat(m.cell(1, 1)).isEqualTo(ACCEPTABLE);
        assertThatThrownBy(() -> m.rows().get(0).set(0, UNACCEPTABLE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
