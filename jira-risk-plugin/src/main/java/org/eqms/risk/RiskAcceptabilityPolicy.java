package org.eqms.risk;

import java.util.Objects;

/**
 * The policy for establishing criteria for risk acceptability (ISO 14971 §4.2, §4.4 d): a severity scale, a
 * probability scale and the matrix that maps each (severity, probability) cell to an {@link Acceptability}. The
 * matrix has exactly one row per severity level and one column per probability level. Risk evaluation (§6) is
 * {@link #evaluate}.
 */
public record RiskAcceptabilityPolicy(SeverityScale severityScale, ProbabilityScale probabilityScale,
                                      AcceptabilityMatrix matrix) {

    /** @throws InvalidRiskConfigurationException if a part is missing or the matrix does not fit the scales */
    public RiskAcceptabilityPolicy {
        if (severityScale == null || probabilityScale == null || matrix == null) {
            throw new InvalidRiskConfigurationException("The risk acceptability policy needs a severity scale, a "
                    + "probability scale and an acceptability matrix.", "Configure all three, or start from the "
                    + "default 5×5 policy.");
        }
        if (matrix.severityLevels() != severityScale.size() || matrix.probabilityLevels() != probabilityScale.size()) {
            throw new InvalidRiskConfigurationException("The acceptability matrix is " + matrix.severityLevels() + "×"
                    + matrix.probabilityLevels() + " but the scales have " + severityScale.size()
                    + " severity and " + probabilityScale.size() + " probability levels.",
                    "Give the matrix one row per severity level and one column per probability level.");
        }
    }

    /** The default 5×5 policy: {@link SeverityScale#defaultScale()}, {@link ProbabilityScale#defaultScale()},
     * {@link AcceptabilityMatrix#defaultFiveByFive()}. */
    public static RiskAcceptabilityPolicy defaults() {
        return new RiskAcceptabilityPolicy(SeverityScale.defaultScale(), ProbabilityScale.defaultScale(),
                AcceptabilityMatrix.defaultFiveByFive());
    }

    /**
     * §6 risk evaluation of one cell.
     *
     * @throws RiskRefusedException if a level is not on its scale
     */
    public Acceptability evaluate(int severity, int probability) {
        severityScale.requireLevel(severity);
        probabilityScale.requireLevel(probability);
        return matrix.cell(severity, probability);
    }

    /** §6 risk evaluation of an estimate made under this policy. */
    public Acceptability evaluate(RiskEstimate estimate) {
        Objects.requireNonNull(estimate, "estimate");
        return evaluate(estimate.severity(), estimate.probability().p());
    }

    /** The administrator's edit of one matrix cell; this policy is unchanged. */
    public RiskAcceptabilityPolicy withCell(int severity, int probability, Acceptability value) {
        return new RiskAcceptabilityPolicy(severityScale, probabilityScale, matrix.withCell(severity, probability, value));
    }

    /** The same scales with another matrix. */
    public RiskAcceptabilityPolicy withMatrix(AcceptabilityMatrix newMatrix) {
        return new RiskAcceptabilityPolicy(severityScale, probabilityScale, newMatrix);
    }
}
