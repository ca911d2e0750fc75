package org.eqms.risk;

import java.util.Objects;

/**
 * The rule "P = P1 × P2" (ISO 14971 §5.5, ISO/TR 24971 §5.5.2 and Figure C.1): the probability of harm is the
 * probability of the hazardous situation occurring (P1) times the probability that it leads to the harm (P2).
 *
 * <p><b>Quantitative</b>: P1 and P2 are given in parts per billion; P = ⌈P1 × P2 / 10<sup>9</sup>⌉ (rounded up, so
 * never estimated lower than it is), and each of P1, P2, P is placed on the scale by its ranges
 * ({@link ProbabilityScale#levelOf}).
 *
 * <p><b>Qualitative</b>: P1 and P2 are levels 1..n of the scale. The scale is read as ordinal steps down from the top
 * level n ("expected to happen"), each step a further factor of improbability (a decade on the default scale).
 * Multiplying two probabilities adds their steps below the top, so
 * <pre>
 *   P = max(1, P1 + P2 − n)
 * </pre>
 * Hence: P never exceeds min(P1, P2); P2 at the top level (the situation always leads to the harm) gives P = P1;
 * P rises (weakly) with P1 and with P2; P1 and P2 commute; and P never falls below level 1. The default 5-level
 * table (rows P1, columns P2):
 * <pre>
 *        P2: 1 2 3 4 5
 * P1 = 5     1 2 3 4 5
 * P1 = 4     1 1 2 3 4
 * P1 = 3     1 1 1 2 3
 * P1 = 2     1 1 1 1 2
 * P1 = 1     1 1 1 1 1
 * </pre>
 */
public final class P1P2Combination {

    private P1P2Combination() {
    }

    /** The qualitative rule on a scale of {@code levels} levels; inputs must be on the scale. */
    public static int combineLevels(int levels, int p1, int p2) {
        if (levels < 1 || p1 < 1 || p2 < 1 || p1 > levels || p2 > levels) {
            throw new RiskRefusedException(RiskRefusal.LEVEL_OUT_OF_SCALE, "P1 " + p1 + " and P2 " + p2
                    + " must be levels 1 to " + levels + ".", "Choose P1 and P2 from the probability scale.");
        }
        return Math.max(1, p1 + p2 - levels);
    }

    /** A qualitative estimate: P1 and P2 as levels of the scale. */
    public static ProbabilityEstimate qualitative(ProbabilityScale scale, int p1, int p2) {
        Objects.requireNonNull(scale, "scale");
        scale.requireLevel(p1);
        scale.requireLevel(p2);
        return new ProbabilityEstimate(EstimationMethod.QUALITATIVE, p1, p2, combineLevels(scale.size(), p1, p2),
                null, null, null);
    }

    /** A quantitative estimate: P1 and P2 in parts per billion (0..10<sup>9</sup>). */
    public static ProbabilityEstimate quantitative(ProbabilityScale scale, long p1Ppb, long p2Ppb) {
        Objects.requireNonNull(scale, "scale");
        ProbabilityScale.requirePpb(p1Ppb, "P1");
        ProbabilityScale.requirePpb(p2Ppb, "P2");
        long pPpb = multiply(p1Ppb, p2Ppb);
        return new ProbabilityEstimate(EstimationMethod.QUANTITATIVE, scale.levelOf(p1Ppb), scale.levelOf(p2Ppb),
                scale.levelOf(pPpb), p1Ppb, p2Ppb, pPpb);
    }

    /** ⌈a × b / 10<sup>9</sup>⌉ for a, b in 0..10<sup>9</sup> (the product fits a long: at most 10<sup>18</sup>). */
    static long multiply(long aPpb, long bPpb) {
        long product = aPpb * bPpb;
        return product / ProbabilityScale.ONE_PPB + (product % ProbabilityScale.ONE_PPB == 0 ? 0 : 1);
    }
}
