package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.risk.RiskFixtures.POLICY;
import static org.eqms.risk.RiskFixtures.completeControl;
import static org.eqms.risk.RiskFixtures.designControl;
import static org.eqms.risk.RiskFixtures.estimate;
import static org.eqms.risk.RiskFixtures.unacceptableRisk;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ISO 14971 §7.6: every hazardous situation considered, every risk evaluated and controlled — or a gap says why. */
@Clause("ISO14971-7.6")
class CompletenessCheckTest {

    private final CompletenessCheck check = new CompletenessCheck(POLICY);

    /** Hazards with a risk analysed: HZ-1 only. */
    private List<CompletenessGap> gaps(RiskRecord risk) {
        return check.gapsOf(risk, Set.of("HZ-1")::contains);
    }

    @Test
    void aFullyControlledRiskHasNoGap() {
        assertThat(gaps(RiskFixtures.controlledAcceptableRisk())).isEmpty();
        assertThat(gaps(RiskFixtures.acceptableRisk("R-2"))).isEmpty();
    }

    /** (case, the risk, the one gap reason expected) */
    static Stream<Arguments> singleGaps() {
        RiskRecord controlled = RiskFixtures.controlledAcceptableRisk();
        return Stream.of(
                Arguments.of("not estimated", (Supplier<RiskRecord>) () -> RiskRecord.analysed("R-9",
                        RiskFixtures.PROJECT, RiskFixtures.SITUATION, new Harm("Shock"), null),
                        GapReason.NOT_ESTIMATED),
                Arguments.of("unacceptable without control", (Supplier<RiskRecord>) () -> unacceptableRisk(),
                        GapReason.NO_CONTROL),
                Arguments.of("control not reviewed for new hazards", (Supplier<RiskRecord>) () ->
                        unacceptableRisk().withControl(new RiskControl("C-1", "d",
                                ControlOption.INHERENT_SAFETY_BY_DESIGN, null, completeControl("C-1").verifications(),
                                null)).withResidualEstimate(estimate(1, 1, 1)),
                        GapReason.NEW_HAZARDS_NOT_CONSIDERED),
                Arguments.of("introduced hazard without analysis", (Supplier<RiskRecord>) () ->
                        controlled.withNewHazardsReview("C-1", new NewHazardsReview(List.of("HZ-1", "HZ-9"),
                                "Heat from insulation")), GapReason.INTRODUCED_HAZARD_NOT_ANALYSED),
                Arguments.of("implementation test open", (Supplier<RiskRecord>) () -> controlled.withVerification(
                        "C-1", new VerificationLink("T-C-1-impl", VerificationPurpose.IMPLEMENTATION,
                                VerificationStatus.OPEN)), GapReason.IMPLEMENTATION_NOT_VERIFIED),
                Arguments.of("effectiveness test failed", (Supplier<RiskRecord>) () -> controlled.withVerification(
                        "C-1", new VerificationLink("T-C-1-eff", VerificationPurpose.EFFECTIVENESS,
                                VerificationStatus.FAILED)), GapReason.EFFECTIVENESS_NOT_VERIFIED),
                Arguments.of("controls but no residual estimate", (Supplier<RiskRecord>) () ->
                        unacceptableRisk().withControl(completeControl("C-1")), GapReason.RESIDUAL_NOT_ESTIMATED),
                Arguments.of("residual not acceptable, no benefit-risk", (Supplier<RiskRecord>) () ->
                        controlled.withResidualEstimate(estimate(5, 5, 2)), GapReason.BENEFIT_RISK_MISSING),
                Arguments.of("benefit-risk unfavourable", (Supplier<RiskRecord>) () ->
                        controlled.withResidualEstimate(estimate(5, 5, 2)).withBenefitRisk(POLICY,
                                new BenefitRiskAnalysis("PAGE-1", "Benefits do not outweigh", false)),
                        GapReason.BENEFIT_RISK_UNFAVOURABLE),
                Arguments.of("flagged by a complaint", (Supplier<RiskRecord>) () ->
                        controlled.flagForReevaluation("COMPLAINT C-1: shock"), GapReason.REEVALUATION_PENDING));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("singleGaps")
    void eachIncompletenessIsReportedWithItsReason(String why, Supplier<RiskRecord> risk, GapReason reason) {
        List<CompletenessGap> gaps = gaps(risk.get());
        assertThat(gaps).extracting(CompletenessGap::reason).containsExactly(reason);
        assertThat(gaps.get(0).subjectId()).isEqualTo(risk.get().id());
        assertThat(gaps.get(0).detail()).isNotBlank();
        assertThat(reason.clause()).startsWith("ISO14971-");
    }

    @Test
    void aControlWithoutAnyTestLacksBothVerificationsAndNamesTheControl() {
        RiskRecord risk = unacceptableRisk().withControl(designControl("C-1")
                .withNewHazardsReview(NewHazardsReview.noneIntroduced("none"))).withResidualEstimate(estimate(1, 1, 1));
        assertThat(gaps(risk)).extracting(CompletenessGap::reason, CompletenessGap::controlId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GapReason.IMPLEMENTATION_NOT_VERIFIED, "C-1"),
                org.assertj.core.groups.Tuple.tuple(GapReason.EFFECTIVENESS_NOT_VERIFIED, "C-1"));
        assertThat(gaps(risk).get(0).detail()).contains("no verification item is linked");
    }

    @Test
    void aHazardousSituationWithoutAnyRiskIsAGap() {
        HazardousSituation other = new HazardousSituation("HS-2", "HZ-2", List.of("Cable worn"), "User trips");
        List<CompletenessGap> gaps = check.uncoveredSituations(Stream.of(RiskFixtures.SITUATION, other),
                Set.of("HS-1")::contains).toList();
        assertThat(gaps).extracting(CompletenessGap::subjectId, CompletenessGap::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HS-2", GapReason.SITUATION_NOT_ANALYSED));
    }
}
