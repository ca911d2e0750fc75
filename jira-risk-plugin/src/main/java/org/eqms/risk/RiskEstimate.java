package org.eqms.risk;

import java.util.Objects;

/**
 * An estimate of one risk (ISO 14971 §5.5): the probability of occurrence of harm and the severity of that harm, as
 * levels of a policy's scales.
 *
 * @param probability P1, P2 and P with the method used
 * @param severity    the severity level of the harm, 1-based
 */
public record RiskEstimate(ProbabilityEstimate probability, int severity) {

    public RiskEstimate {
        Require.present(probability, "The probability of harm", "Estimate P1 and P2.");
        if (severity < 1) {
            throw new RiskRefusedException(RiskRefusal.LEVEL_OUT_OF_SCALE, "Severity levels start at 1, not "
                    + severity + ".", "Choose a level of the severity scale.");
        }
    }

    /**
     * An estimate checked against a policy's scales.
     *
     * @throws RiskRefusedException if the severity or a probability level is not on the policy's scales
     */
    public static RiskEstimate under(RiskAcceptabilityPolicy policy, ProbabilityEstimate probability, int severity) {
        Objects.requireNonNull(policy, "policy");
        Require.present(probability, "The probability of harm", "Estimate P1 and P2.");
        policy.severityScale().requireLevel(severity);
        policy.probabilityScale().requireLevel(probability.p1());
        policy.probabilityScale().requireLevel(probability.p2());
        policy.probabilityScale().requireLevel(probability.p());
        return new RiskEstimate(probability, severity);
    }

    /** Shorthand: a qualitative estimate under a policy. */
    public static RiskEstimate qualitative(RiskAcceptabilityPolicy policy, int p1, int p2, int severity) {
        return under(policy, P1P2Combination.qualitative(policy.probabilityScale(), p1, p2), severity);
    }
}
