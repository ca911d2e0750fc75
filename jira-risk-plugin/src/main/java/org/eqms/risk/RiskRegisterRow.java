package org.eqms.risk;

/**
 * One row of the risk register: the risk, its chain (hazard → hazardous situation → harm), the initial and current
 * evaluation, and its control state. Evaluations are {@code null} where there is no estimate.
 */
public record RiskRegisterRow(String riskId, String hazardId, String situationId, String harm,
                              Integer initialSeverity, Integer initialProbability, Acceptability initialAcceptability,
                              int controls, int controlsVerified,
                              Integer residualSeverity, Integer residualProbability, Acceptability residualAcceptability,
                              boolean benefitRiskRecorded, boolean flaggedForReevaluation, Integer rpn,
                              ActionPriority actionPriority) {

    /** The row of a risk under a policy. */
    public static RiskRegisterRow of(RiskRecord r, RiskAcceptabilityPolicy policy) {
        RiskEstimate i = r.initial();
        RiskEstimate res = r.residual();
        return new RiskRegisterRow(r.id(), r.hazardId(), r.situationId(), r.harm().description(),
                i == null ? null : i.severity(), i == null ? null : i.probability().p(),
                r.initialAcceptability(policy).orElse(null),
                r.controls().size(), (int) r.controls().stream().filter(ControlVerification::isVerified).count(),
                res == null ? null : res.severity(), res == null ? null : res.probability().p(),
                res == null ? null : policy.evaluate(res),
                r.benefitRisk() != null, r.flaggedForReevaluation(),
                r.fmea() == null ? null : r.fmea().rpn(), r.fmea() == null ? null : r.fmea().actionPriority());
    }
}
