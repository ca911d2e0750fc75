package org.eqms.risk;

import java.time.Instant;

/**
 * The evaluation of the overall residual risk (ISO 14971 §8), made with the method and criteria of the plan
 * (§4.4 e), taking into account the contributions of all residual risks. If the overall residual risk is not judged
 * acceptable, the medical benefits must be shown to outweigh it, by a referenced benefit-risk analysis; the
 * disclosure of significant residual risks to users is referenced.
 *
 * @param method                 the method used (as the plan names it); not blank
 * @param acceptable             whether the overall residual risk is judged acceptable
 * @param rationale              why; not blank
 * @param benefitRiskReference   the overall benefit-risk analysis; required when not acceptable, else may be
 *                               {@code null}
 * @param disclosureReference    where significant residual risks are disclosed (e.g. IFU section); may be {@code null}
 * @param evaluatorKey           who evaluated (user key); not blank
 * @param evaluatedAt            when (server clock)
 */
public record OverallResidualRiskEvaluation(String method, boolean acceptable, String rationale,
                                            String benefitRiskReference, String disclosureReference,
                                            String evaluatorKey, Instant evaluatedAt) {

    public OverallResidualRiskEvaluation {
        Require.text(method, "The method of the overall residual risk evaluation", "Name the method of the plan "
                + "(§4.4 e).");
        Require.text(rationale, "The rationale of the overall residual risk evaluation", "Explain the judgement.");
        if (!acceptable && Require.isBlank(benefitRiskReference)) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "The overall residual risk is judged not "
                    + "acceptable, and no benefit-risk analysis is referenced (ISO 14971 §8).",
                    "Reference the analysis showing that the medical benefits outweigh the overall residual risk, "
                            + "or change the design.");
        }
        Require.text(evaluatorKey, "The evaluator", "Sign in.");
        Require.present(evaluatedAt, "The time of the evaluation", "Use the server clock.");
    }
}
