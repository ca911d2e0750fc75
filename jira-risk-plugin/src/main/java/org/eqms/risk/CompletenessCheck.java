package org.eqms.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * ISO 14971 §7.6 completeness of risk control: the risks from all identified hazardous situations have been
 * considered, and for each risk the evaluation and the controls are complete. The check yields one
 * {@link CompletenessGap} per thing missing (see {@link GapReason}); no gap means complete. It works item by item on
 * streams, so a project of any size is checked without loading it whole.
 *
 * <p>For each risk, in this order: not estimated; not acceptable without control; per control: §7.5 review missing,
 * each introduced hazard without analysis, implementation not verified, effectiveness not verified; controls without
 * residual estimate; §7.4 benefit-risk missing or unfavourable (judged once the residual risk is estimated, so a
 * risk without controls shows only its missing control); §10 re-evaluation pending.
 */
public final class CompletenessCheck {

    private final RiskAcceptabilityPolicy policy;

    public CompletenessCheck(RiskAcceptabilityPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Gaps of hazardous situations for which no risk exists. */
    public Stream<CompletenessGap> uncoveredSituations(Stream<HazardousSituation> situations,
                                                       Predicate<String> situationHasRisk) {
        return situations.filter(s -> !situationHasRisk.test(s.id()))
                .map(s -> new CompletenessGap(s.id(), null, GapReason.SITUATION_NOT_ANALYSED, "Hazardous situation "
                        + s.id() + " (" + s.description() + ") has no harm and risk analysed."));
    }

    /**
     * The gaps of one risk.
     *
     * @param hazardAnalysed whether a hazard (introduced by a control) has at least one risk analysed for it
     */
    public List<CompletenessGap> gapsOf(RiskRecord risk, Predicate<String> hazardAnalysed) {
        List<CompletenessGap> gaps = new ArrayList<>();
        String id = risk.id();
        if (risk.initial() == null) {
            gaps.add(new CompletenessGap(id, null, GapReason.NOT_ESTIMATED, "Risk " + id
                    + " has no estimate of probability and severity."));
        }
        Acceptability initial = risk.initialAcceptability(policy).orElse(null);
        if (initial != null && initial.requiresControl() && risk.controls().isEmpty()) {
            gaps.add(new CompletenessGap(id, null, GapReason.NO_CONTROL, "Risk " + id + " is "
                    + display(initial) + " and has no risk control."));
        }
        for (RiskControl control : risk.controls()) {
            if (!control.newHazardsConsidered()) {
                gaps.add(new CompletenessGap(id, control.id(), GapReason.NEW_HAZARDS_NOT_CONSIDERED, "Control "
                        + control.id() + " has not been reviewed for new hazards it introduces."));
            } else {
                for (String hazard : control.newHazards().introducedHazardIds()) {
                    if (!hazardAnalysed.test(hazard)) {
                        gaps.add(new CompletenessGap(id, control.id(), GapReason.INTRODUCED_HAZARD_NOT_ANALYSED,
                                "Hazard " + hazard + ", introduced by control " + control.id()
                                        + ", has no risk analysed."));
                    }
                }
            }
            verificationGap(id, control, VerificationPurpose.IMPLEMENTATION, GapReason.IMPLEMENTATION_NOT_VERIFIED,
                    gaps);
            verificationGap(id, control, VerificationPurpose.EFFECTIVENESS, GapReason.EFFECTIVENESS_NOT_VERIFIED,
                    gaps);
        }
        if (!risk.controls().isEmpty() && risk.residual() == null) {
            gaps.add(new CompletenessGap(id, null, GapReason.RESIDUAL_NOT_ESTIMATED, "Risk " + id
                    + " has controls but no residual estimate."));
        }
        if (risk.residual() != null && BenefitRiskRequirement.applies(risk, policy)) {
            String current = display(risk.currentAcceptability(policy).orElseThrow());
            if (risk.benefitRisk() == null) {
                gaps.add(new CompletenessGap(id, null, GapReason.BENEFIT_RISK_MISSING, "Risk " + id
                        + " remains " + current + " and has no benefit-risk analysis."));
            } else if (!risk.benefitRisk().benefitsOutweighResidualRisk()) {
                gaps.add(new CompletenessGap(id, null, GapReason.BENEFIT_RISK_UNFAVOURABLE, "The benefit-risk "
                        + "analysis of risk " + id + " (" + risk.benefitRisk().reference() + ") found that the "
                        + "benefits do not outweigh the " + current + " residual risk."));
            }
        }
        if (risk.flaggedForReevaluation()) {
            gaps.add(new CompletenessGap(id, null, GapReason.REEVALUATION_PENDING, "Risk " + id
                    + " must be re-evaluated: " + String.join("; ", risk.reevaluationReasons()) + "."));
        }
        return gaps;
    }

    /** The gaps of a stream of risks, lazily. */
    public Stream<CompletenessGap> gapsOf(Stream<RiskRecord> risks, Predicate<String> hazardAnalysed) {
        return risks.flatMap(r -> gapsOf(r, hazardAnalysed).stream());
    }

    private static void verificationGap(String riskId, RiskControl control, VerificationPurpose purpose,
                                        GapReason reason, List<CompletenessGap> gaps) {
        ControlVerification.State state = ControlVerification.state(control, purpose);
        if (state != ControlVerification.State.PASSED) {
            String what = purpose == VerificationPurpose.IMPLEMENTATION ? "implementation" : "effectiveness";
            String why = switch (state) {
                case NONE -> "no verification item is linked";
                case OPEN -> "a linked verification item is still open";
                default -> "a linked verification item failed";
            };
            gaps.add(new CompletenessGap(riskId, control.id(), reason, "The " + what + " of control "
                    + control.id() + " is not verified: " + why + "."));
        }
    }

    private static String display(Acceptability a) {
        return switch (a) {
            case ACCEPTABLE -> "acceptable";
            case INVESTIGATE_ALARP -> "in the ALARP region";
            case UNACCEPTABLE -> "unacceptable";
        };
    }
}
