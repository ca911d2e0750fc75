package org.eqms.risk;

/** Why the risk management of a project is not complete (ISO 14971 §7.6), with the clause each reason comes from. */
public enum GapReason {
    /** A hazardous situation has no risk (no harm analysed for it). */
    SITUATION_NOT_ANALYSED("ISO14971-5.4"),
    /** A risk has no initial estimate. */
    NOT_ESTIMATED("ISO14971-5.5"),
    /** A risk that is not acceptable has no risk control. */
    NO_CONTROL("ISO14971-7.1"),
    /** A control's implementation is not verified (no test, an open test, or a failed test). */
    IMPLEMENTATION_NOT_VERIFIED("ISO14971-7.2"),
    /** A control's effectiveness is not verified. */
    EFFECTIVENESS_NOT_VERIFIED("ISO14971-7.2"),
    /** A risk with controls has no residual estimate. */
    RESIDUAL_NOT_ESTIMATED("ISO14971-7.3"),
    /** The residual risk is not acceptable and no benefit-risk analysis is recorded. */
    BENEFIT_RISK_MISSING("ISO14971-7.4"),
    /** The benefit-risk analysis concluded that the benefits do not outweigh the residual risk. */
    BENEFIT_RISK_UNFAVOURABLE("ISO14971-7.4"),
    /** A control has not been reviewed for new hazards it introduces. */
    NEW_HAZARDS_NOT_CONSIDERED("ISO14971-7.5"),
    /** A hazard introduced by a control has no risk analysed for it. */
    INTRODUCED_HAZARD_NOT_ANALYSED("ISO14971-7.5"),
    /** Production or post-production information flagged the risk and it has not been re-evaluated. */
    REEVALUATION_PENDING("ISO14971-10.4");

    private final String clause;

    GapReason(String clause) {
        this.clause = clause;
    }

    /** The clause, in the form used by {@code @Clause}, e.g. {@code ISO14971-7.4}. */
    public String clause() {
        return clause;
    }
}
