package org.eqms.risk;

import java.util.Locale;

/**
 * The probability of occurrence of harm (ISO 14971 §5.5, ISO/TR 24971 §5.5.2): P1, the probability of the hazardous
 * situation occurring; P2, the probability that the hazardous situation leads to the harm; P, their combination,
 * with the method stated. Levels are 1-based levels of the policy's probability scale. Built by
 * {@link P1P2Combination}; for a quantitative estimate the ppb values are kept, for a qualitative one they are
 * {@code null}.
 *
 * @param method the estimation method
 * @param p1     level of P1
 * @param p2     level of P2
 * @param p      level of P
 * @param p1Ppb  P1 in parts per billion (quantitative only)
 * @param p2Ppb  P2 in parts per billion (quantitative only)
 * @param pPpb   P = P1 × P2 in parts per billion, rounded up (quantitative only)
 */
public record ProbabilityEstimate(EstimationMethod method, int p1, int p2, int p, Long p1Ppb, Long p2Ppb,
                                  Long pPpb) {

    public ProbabilityEstimate {
        Require.present(method, "The estimation method", "State whether P1 and P2 are qualitative levels or "
                + "quantitative values.");
        if (p1 < 1 || p2 < 1 || p < 1) {
            throw new RiskRefusedException(RiskRefusal.LEVEL_OUT_OF_SCALE, "Probability levels start at 1 (P1 " + p1
                    + ", P2 " + p2 + ", P " + p + ").", "Choose levels of the probability scale.");
        }
        boolean quantitative = method == EstimationMethod.QUANTITATIVE;
        if (quantitative != (p1Ppb != null) || quantitative != (p2Ppb != null) || quantitative != (pPpb != null)) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "A " + method.name().toLowerCase(Locale.ROOT)
                    + " estimate " + (quantitative ? "needs" : "has no") + " numeric P1, P2 and P.",
                    "Estimate through P1P2Combination.");
        }
    }
}
