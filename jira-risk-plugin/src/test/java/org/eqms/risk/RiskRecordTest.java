package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.risk.RiskFixtures.POLICY;
import static org.eqms.risk.RiskFixtures.completeControl;
import static org.eqms.risk.RiskFixtures.designControl;
import static org.eqms.risk.RiskFixtures.estimate;
import static org.eqms.risk.RiskFixtures.unacceptableRisk;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A risk through §5–§7: analysis, evaluation, control, verification, residual risk, benefit-risk. */
class RiskRecordTest {

    @Test
    @Clause("ISO14971-5.4")
    void aRiskCarriesTheChainFromHazardThroughSituationToHarm() {
        RiskRecord risk = unacceptableRisk();
        assertThat(risk.hazardId()).isEqualTo("HZ-1");
        assertThat(risk.situationId()).isEqualTo("HS-1");
        assertThat(RiskFixtures.SITUATION.sequenceOfEvents()).hasSize(2);
        assertThat(risk.harm().description()).isEqualTo("Electric shock");
    }

    @Test
    @Clause("ISO14971-6")
    void theInitialRiskIsEvaluatedAgainstThePolicy() {
        assertThat(unacceptableRisk().initialAcceptability(POLICY)).contains(Acceptability.UNACCEPTABLE);
        assertThat(RiskFixtures.acceptableRisk("R-2").initialAcceptability(POLICY)).contains(Acceptability.ACCEPTABLE);
    }

    @Test
    @Clause("ISO14971-7.3")
    void theResidualRiskIsReEstimatedAfterTheControlsAndThenStands() {
        RiskRecord risk = RiskFixtures.controlledAcceptableRisk();
        assertThat(risk.initialAcceptability(POLICY)).contains(Acceptability.UNACCEPTABLE);
        assertThat(risk.currentAcceptability(POLICY)).contains(Acceptability.ACCEPTABLE);
        assertThat(risk.currentEstimate()).contains(risk.residual());
    }

    @Test
    @Clause("ISO14971-7.2")
    void aVerificationStatusIsUpdatedInPlaceAndBothPurposesMustPass() {
        RiskRecord risk = unacceptableRisk().withControl(designControl("C-1"))
                .withVerification("C-1", new VerificationLink("T-1", VerificationPurpose.IMPLEMENTATION,
                        VerificationStatus.OPEN));
        RiskControl open = risk.control("C-1").orElseThrow();
        assertThat(ControlVerification.state(open, VerificationPurpose.IMPLEMENTATION))
                .isEqualTo(ControlVerification.State.OPEN);
        assertThat(ControlVerification.state(open, VerificationPurpose.EFFECTIVENESS))
                .isEqualTo(ControlVerification.State.NONE);

        RiskRecord passed = risk.withVerification("C-1", new VerificationLink("T-1",
                VerificationPurpose.IMPLEMENTATION, VerificationStatus.PASSED));
        RiskControl control = passed.control("C-1").orElseThrow();
        assertThat(control.verifications()).hasSize(1);
        assertThat(ControlVerification.state(control, VerificationPurpose.IMPLEMENTATION))
                .isEqualTo(ControlVerification.State.PASSED);
        assertThat(ControlVerification.isVerified(control)).isFalse();
        assertThat(ControlVerification.isVerified(completeControl("C-2"))).isTrue();
    }

    @Test
    @Clause("ISO14971-7.2")
    void oneFailedItemMakesThePurposeFailedWhateverElsePassed() {
        RiskControl control = completeControl("C-1").withVerification(new VerificationLink("T-9",
                VerificationPurpose.EFFECTIVENESS, VerificationStatus.FAILED));
        assertThat(ControlVerification.state(control, VerificationPurpose.EFFECTIVENESS))
                .isEqualTo(ControlVerification.State.FAILED);
        assertThat(ControlVerification.isVerified(control)).isFalse();
    }

    @Test
    @Clause("ISO14971-7.4")
    void aBenefitRiskAnalysisIsRecordedForAResidualRiskThatIsNotAcceptable() {
        RiskRecord alarp = unacceptableRisk().withControl(completeControl("C-1"))
                .withResidualEstimate(estimate(5, 5, 2));
        assertThat(alarp.currentAcceptability(POLICY)).contains(Acceptability.INVESTIGATE_ALARP);
        assertThat(BenefitRiskRequirement.applies(alarp, POLICY)).isTrue();
        assertThat(BenefitRiskRequirement.isMet(alarp, POLICY)).isFalse();

        RiskRecord analysed = alarp.withBenefitRisk(POLICY, new BenefitRiskAnalysis("PAGE-77",
                "Therapy benefit outweighs the remaining shock risk", true));
        assertThat(BenefitRiskRequirement.isMet(analysed, POLICY)).isTrue();
        RiskRecord unfavourable = alarp.withBenefitRisk(POLICY, new BenefitRiskAnalysis("PAGE-78", "No", false));
        assertThat(BenefitRiskRequirement.isMet(unfavourable, POLICY)).isFalse();
    }

    @Test
    @Clause("ISO14971-7.5")
    void theNewHazardsReviewOfAControlRecordsTheHazardsItIntroduces() {
        RiskRecord risk = unacceptableRisk().withControl(designControl("C-1"))
                .withNewHazardsReview("C-1", new NewHazardsReview(List.of("HZ-9"), "Insulation can overheat"));
        RiskControl control = risk.control("C-1").orElseThrow();
        assertThat(control.newHazardsConsidered()).isTrue();
        assertThat(control.newHazards().introducedHazardIds()).containsExactly("HZ-9");
        assertThat(designControl("C-2").newHazardsConsidered()).isFalse();
    }

    @Test
    @Clause("ISO14971-10.4")
    void aFlagForReEvaluationIsKeptOnceAndClearedByTheReEvaluation() {
        RiskRecord flagged = unacceptableRisk().flagForReevaluation("COMPLAINT C-1: shock")
                .flagForReevaluation("COMPLAINT C-1: shock").flagForReevaluation("CAPA 7: housing");
        assertThat(flagged.reevaluationReasons()).containsExactly("COMPLAINT C-1: shock", "CAPA 7: housing");
        assertThat(flagged.reevaluated().flaggedForReevaluation()).isFalse();
    }

    /** (case, the change on the unacceptable risk with one unverified design control, refusal, message part) */
    static Stream<Arguments> refusals() {
        RiskControl design = designControl("C-1");
        return Stream.of(
                Arguments.of("control id taken", (Function<RiskRecord, RiskRecord>) r -> r.withControl(
                        designControl("C-1")), RiskRefusal.DUPLICATE_ID, "already has a control"),
                Arguments.of("verification of an unknown control", (Function<RiskRecord, RiskRecord>) r ->
                        r.withVerification("C-X", new VerificationLink("T", VerificationPurpose.IMPLEMENTATION,
                                VerificationStatus.PASSED)), RiskRefusal.UNKNOWN_ID, "no control 'C-X'"),
                Arguments.of("review of an unknown control", (Function<RiskRecord, RiskRecord>) r ->
                        r.withNewHazardsReview("C-X", NewHazardsReview.noneIntroduced("n")),
                        RiskRefusal.UNKNOWN_ID, "no control"),
                Arguments.of("benefit-risk for an unestimated residual that is acceptable",
                        (Function<RiskRecord, RiskRecord>) r -> r.withResidualEstimate(estimate(1, 1, 1))
                                .withBenefitRisk(POLICY, new BenefitRiskAnalysis("P", "R", true)),
                        RiskRefusal.BENEFIT_RISK_NOT_NEEDED, "§7.4"),
                Arguments.of("missing residual estimate", (Function<RiskRecord, RiskRecord>) r ->
                        r.withResidualEstimate(null), RiskRefusal.MISSING_VALUE, "residual estimate"),
                Arguments.of("re-evaluated without flag", (Function<RiskRecord, RiskRecord>) RiskRecord::reevaluated,
                        RiskRefusal.NOT_FLAGGED, "not flagged"),
                Arguments.of("blank re-evaluation reason", (Function<RiskRecord, RiskRecord>) r ->
                        r.flagForReevaluation(" "), RiskRefusal.MISSING_VALUE, "reason"),
                Arguments.of("verification linked twice in one control", (Function<RiskRecord, RiskRecord>) r ->
                        r.withControl(new RiskControl("C-2", "d", ControlOption.INHERENT_SAFETY_BY_DESIGN, null,
                                List.of(new VerificationLink("T", VerificationPurpose.IMPLEMENTATION,
                                                VerificationStatus.OPEN),
                                        new VerificationLink("T", VerificationPurpose.IMPLEMENTATION,
                                                VerificationStatus.PASSED)), null)),
                        RiskRefusal.DUPLICATE_ID, "linked twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedChangeSaysWhyAndWhatToDoAndChangesNothing(String why, Function<RiskRecord, RiskRecord> change,
                                                           RiskRefusal refusal, String message) {
        RiskRecord before = unacceptableRisk().withControl(designControl("C-1"));
        RiskRecord copy = unacceptableRisk().withControl(designControl("C-1"));
        assertThatThrownBy(() -> change.apply(before)).isInstanceOfSatisfying(RiskRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.getMessage()).contains(message);
            assertThat(e.hint()).isNotBlank();
        });
        assertThat(before).isEqualTo(copy);
    }

    @Test
    @Clause("ISO14971-7.3")
    void theResidualRiskCannotBeEstimatedBeforeAnyControl() {
        RiskRecord risk = unacceptableRisk();
        assertThatThrownBy(() -> risk.withResidualEstimate(estimate(1, 1, 1)))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.NO_CONTROLS_YET));
        assertThat(risk.residual()).isNull();
    }

    static Stream<Arguments> invalidAnalysis() {
        return Stream.of(
                Arguments.of("blank intended use", (Runnable) () -> new IntendedUse(" ", List.of(), List.of())),
                Arguments.of("situation without events", (Runnable) () -> new HazardousSituation("HS", "HZ",
                        List.of(), "d")),
                Arguments.of("situation without hazard", (Runnable) () -> new HazardousSituation("HS", "",
                        List.of("e"), "d")),
                Arguments.of("blank harm", (Runnable) () -> new Harm("")),
                Arguments.of("hazard without category", (Runnable) () -> new Hazard("HZ", null, "n", "", null)),
                Arguments.of("risk without project", (Runnable) () -> RiskRecord.analysed("R", " ",
                        RiskFixtures.SITUATION, new Harm("h"), null)),
                Arguments.of("empty element in a list", (Runnable) () -> new IntendedUse("use",
                        java.util.Arrays.asList("misuse", null), List.of())),
                Arguments.of("control without option", (Runnable) () -> RiskControl.of("C", "d", null, null)),
                Arguments.of("verification without status", (Runnable) () -> new VerificationLink("T",
                        VerificationPurpose.EFFECTIVENESS, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAnalysis")
    @Clause("ISO14971-5.2")
    void incompleteAnalysisInputIsRefusedAsMissing(String why, Runnable build) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(RiskRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(RiskRefusal.MISSING_VALUE);
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.hint()).isNotBlank();
        });
    }
}
