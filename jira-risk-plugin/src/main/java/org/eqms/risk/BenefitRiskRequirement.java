package org.eqms.risk;

import java.util.Objects;

/**
 * ISO 14971 §7.4: when the residual risk is not judged acceptable under the policy (INVESTIGATE_ALARP or
 * UNACCEPTABLE after the controls), a benefit-risk analysis must be recorded, and its conclusion must be that the
 * medical benefits outweigh the residual risk; otherwise the risk stays unacceptable.
 */
public final class BenefitRiskRequirement {

    private BenefitRiskRequirement() {
    }

    /** Whether the risk as it stands needs a benefit-risk analysis. */
    public static boolean applies(RiskRecord risk, RiskAcceptabilityPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return risk.currentAcceptability(policy).map(Acceptability::requiresControl).orElse(false);
    }

    /** Whether the requirement is met: not applicable, or recorded with a favourable conclusion. */
    public static boolean isMet(RiskRecord risk, RiskAcceptabilityPolicy policy) {
        return !applies(risk, policy)
                || (risk.benefitRisk() != null && risk.benefitRisk().benefitsOutweighResidualRisk());
    }
}
