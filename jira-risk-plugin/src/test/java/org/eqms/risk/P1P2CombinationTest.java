package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO 14971 §5.5: P = P1 × P2, qualitative and quantitative, with the method stated. */
@Clause("ISO14971-5.5")
class P1P2CombinationTest {

    private static final ProbabilityScale SCALE = ProbabilityScale.defaultScale();

    @ParameterizedTest(name = "P1 {0} × P2 {1} → P {2}")
    @CsvSource({
        "5,5,5", "5,4,4", "5,1,1", "4,5,4", "4,4,3", "4,3,2", "4,2,1",
        "3,5,3", "3,4,2", "3,3,1", "2,5,2", "2,4,1", "1,5,1", "1,1,1"})
    void qualitativeLevelsCombineAsTheDocumentedTable(int p1, int p2, int p) {
        ProbabilityEstimate estimate = P1P2Combination.qualitative(SCALE, p1, p2);
        assertThat(estimate.p()).isEqualTo(p);
        assertThat(estimate.method()).isEqualTo(EstimationMethod.QUALITATIVE);
        assertThat(estimate.p1Ppb()).isNull();
    }

    @ParameterizedTest(name = "P1 {0} ppb × P2 {1} ppb → P {2} ppb, level {3}")
    @CsvSource({
        "1000000000,1000000000,1000000000,5",
        "1000000,1000000000,1000000,5",
        "1000000,500000000,500000,4",
        "100000,100000000,10000,3",
        "10000,100000,1,1",
        "3,3,1,1",
        "0,1000000000,0,1"})
    void quantitativeValuesMultiplyRoundingUpAndArePlacedOnTheScale(long p1, long p2, long p, int level) {
        ProbabilityEstimate estimate = P1P2Combination.quantitative(SCALE, p1, p2);
        assertThat(estimate.pPpb()).isEqualTo(p);
        assertThat(estimate.p()).isEqualTo(level);
        assertThat(estimate.p1()).isEqualTo(SCALE.levelOf(p1));
        assertThat(estimate.p2()).isEqualTo(SCALE.levelOf(p2));
        assertThat(estimate.method()).isEqualTo(EstimationMethod.QUANTITATIVE);
    }

    @ParameterizedTest(name = "P1 {0}, P2 {1}")
    @CsvSource({"0,3", "3,0", "6,1", "1,6", "-1,-1"})
    void qualitativeLevelsOffTheScaleAreRefused(int p1, int p2) {
        assertThatThrownBy(() -> P1P2Combination.qualitative(SCALE, p1, p2))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.LEVEL_OUT_OF_SCALE));
    }

    @ParameterizedTest(name = "P1 {0} ppb, P2 {1} ppb")
    @CsvSource({"-1,5", "5,-1", "1000000001,1", "1,1000000001"})
    void quantitativeValuesOutsideZeroToOneAreRefused(long p1, long p2) {
        assertThatThrownBy(() -> P1P2Combination.quantitative(SCALE, p1, p2))
                .isInstanceOfSatisfying(RiskRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(RiskRefusal.PROBABILITY_OUT_OF_RANGE);
                    assertThat(e.hint()).contains("parts per billion");
                });
    }

    @Test
    void anEstimateStatesItsMethodAndCarriesNumbersOnlyWhenQuantitative() {
        assertThatThrownBy(() -> new ProbabilityEstimate(EstimationMethod.QUALITATIVE, 1, 1, 1, 5L, null, null))
                .isInstanceOf(RiskRefusedException.class);
        assertThatThrownBy(() -> new ProbabilityEstimate(EstimationMethod.QUANTITATIVE, 1, 1, 1, null, null, null))
                .isInstanceOf(RiskRefusedException.class);
        assertThatThrownBy(() -> new ProbabilityEstimate(null, 1, 1, 1, null, null, null))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("estimation method"));
    }

    @Test
    void aRiskEstimateIsCheckedAgainstThePolicysScales() {
        RiskAcceptabilityPolicy policy = RiskAcceptabilityPolicy.defaults();
        assertThat(RiskEstimate.qualitative(policy, 4, 4, 3).probability().p()).isEqualTo(3);
        assertThatThrownBy(() -> RiskEstimate.qualitative(policy, 4, 4, 6))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("Severity level 6"));
    }
}
