package org.eqms.risk;

import java.util.List;

/**
 * One row of the risk register: the risk, its chain (hazard → hazardous situation → harm), the initial and current
 * evaluation, its control state and the controlled documents its controls reference (each once, in control order).
 * Evaluations are {@code null} where there is no estimate; {@code reevaluationReasons} are why §10 information flagged
 * the risk (empty when it is not flagged).
 */
public record RiskRegisterRow(String riskId, String hazardId, String situationId, String harm,
                              Integer initialSeverity, Integer initialProbability, Acceptability initialAcceptability,
                              int controls, int controlsVerified,
                              Integer residualSeverity, Integer residualProbability, Acceptability residualAcceptability,
                              boolean benefitRiskRecorded, List<String> reevaluationReasons, Integer rpn,
                              ActionPriority actionPriority, List<String> documentReferences) {

    public RiskRegisterRow {
        reevaluationReasons = List.copyOf(reevaluationReasons);
    }

    /** Whether production or post-production information flagged the risk for re-evaluation (ISO 14971 §10). */
    public boolean flaggedForReevaluation() {
        return !reevaluationReasons.isEmpty();
    }

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
                r.benefitRisk() != null, r.reevaluationReasons(),
                r.fmea() == null ? null : r.fmea().rpn(), r.fmea() == null ? null : r.fmea().actionPriority(),
                r.controls().stream().flatMap(c -> c.documentReferences().stream()).distinct().toList());
    }
}
