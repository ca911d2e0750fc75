package org.eqms.risk;

/**
 * Counts over a project's risks for the register and the §9 report: how many risks, how they stand now (residual
 * estimate if made, else initial), how many carry a benefit-risk analysis or are flagged for re-evaluation, and the
 * number of §7.6 gaps.
 */
public record RiskSummary(long risks, long acceptable, long alarp, long unacceptable, long notEstimated,
                          long withBenefitRisk, long flaggedForReevaluation, long gaps) {

    /** A summary with nothing counted. */
    public static RiskSummary empty() {
        return new RiskSummary(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** This summary with one more risk counted. */
    public RiskSummary plus(RiskRecord risk, RiskAcceptabilityPolicy policy) {
        Acceptability now = risk.currentAcceptability(policy).orElse(null);
        return new RiskSummary(risks + 1,
                acceptable + (now == Acceptability.ACCEPTABLE ? 1 : 0),
                alarp + (now == Acceptability.INVESTIGATE_ALARP ? 1 : 0),
                unacceptable + (now == Acceptability.UNACCEPTABLE ? 1 : 0),
                notEstimated + (now == null ? 1 : 0),
                withBenefitRisk + (risk.benefitRisk() != null ? 1 : 0),
                flaggedForReevaluation + (risk.flaggedForReevaluation() ? 1 : 0),
                gaps);
    }

    public RiskSummary withGaps(long gapCount) {
        return new RiskSummary(risks, acceptable, alarp, unacceptable, notEstimated, withBenefitRisk,
                flaggedForReevaluation, gapCount);
    }
}
