package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The FMEA view: RPN = S × O × D and the documented action-priority table. */
class FmeaActionPriorityTest {

    @ParameterizedTest(name = "S{0} O{1} D{2} → {3}")
    @CsvSource({
        "10,10,10,HIGH", "9,4,1,MEDIUM", "9,2,5,MEDIUM", "9,2,2,LOW", "9,1,10,LOW",
        "8,6,1,MEDIUM", "7,4,7,HIGH", "7,4,5,MEDIUM", "7,2,7,MEDIUM", "7,2,4,LOW",
        "6,8,7,HIGH", "5,8,4,MEDIUM", "4,6,1,LOW", "4,4,7,MEDIUM", "4,4,6,LOW",
        "3,8,5,MEDIUM", "2,8,4,LOW", "3,7,10,LOW", "1,10,10,LOW"})
    void theActionPriorityFollowsTheDocumentedTable(int s, int o, int d, ActionPriority expected) {
        assertThat(FmeaActionPriority.of(s, o, d)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "S{0} O{1} D{2} → RPN {3}")
    @CsvSource({"1,1,1,1", "10,10,10,1000", "9,2,5,90", "4,4,7,112"})
    void theRiskPriorityNumberIsTheProduct(int s, int o, int d, int rpn) {
        assertThat(new FmeaRating(s, o, d).rpn()).isEqualTo(rpn);
    }

    @ParameterizedTest(name = "S{0} O{1} D{2}")
    @CsvSource({"0,1,1", "1,11,1", "1,1,0", "11,11,11"})
    void ratingsOutsideOneToTenAreRefused(int s, int o, int d) {
        assertThatThrownBy(() -> new FmeaRating(s, o, d)).isInstanceOfSatisfying(RiskRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.LEVEL_OUT_OF_SCALE));
    }

    @Test
    void aRatingIsSuggestedFromTheIso14971EstimateOfTheSameItem() {
        RiskEstimate estimate = RiskEstimate.qualitative(RiskAcceptabilityPolicy.defaults(), 5, 5, 5);
        FmeaRating rating = FmeaRating.suggestedFrom(estimate, RiskAcceptabilityPolicy.defaults(), 3);
        assertThat(rating).isEqualTo(new FmeaRating(10, 10, 3));
        RiskEstimate low = RiskEstimate.qualitative(RiskAcceptabilityPolicy.defaults(), 1, 1, 1);
        assertThat(FmeaRating.suggestedFrom(low, RiskAcceptabilityPolicy.defaults(), 1))
                .isEqualTo(new FmeaRating(2, 2, 1));
    }

    @Test
    void theFmeaLineOfARiskShowsRpnAndPriority() {
        RiskRecord risk = RiskFixtures.unacceptableRisk().withFmea(new FmeaRating(9, 4, 1));
        FmeaLine line = FmeaLine.of(risk);
        assertThat(line.rpn()).isEqualTo(36);
        assertThat(line.priority()).isEqualTo(ActionPriority.MEDIUM);
        assertThat(line.harm()).isEqualTo("Electric shock");
    }

    @Test
    void theWorklistPutsTheHigherActionPriorityFirstThenTheHigherRpn() {
        RiskRecord base = RiskFixtures.unacceptableRisk();
        FmeaLine mediumLowRpn = FmeaLine.of(base.withFmea(new FmeaRating(9, 4, 1)));
        FmeaLine mediumHighRpn = FmeaLine.of(base.withFmea(new FmeaRating(4, 4, 7)));
        FmeaLine high = FmeaLine.of(base.withFmea(new FmeaRating(6, 8, 7)));
        FmeaLine lowHighRpn = FmeaLine.of(base.withFmea(new FmeaRating(3, 7, 10)));
        assertThat(lowHighRpn.rpn()).as("RPN alone would rank it above a MEDIUM line").isGreaterThan(mediumHighRpn.rpn());
        assertThat(java.util.stream.Stream.of(lowHighRpn, mediumLowRpn, high, mediumHighRpn)
                .sorted(FmeaLine.WORKLIST_ORDER)).containsExactly(high, mediumHighRpn, mediumLowRpn, lowHighRpn);
        assertThat(high.situationId()).isEqualTo(base.situationId());
    }
}
