package org.eqms.jira.access;

/**
 * What a signer of the risk and traceability app signs for (21 CFR 11.10(g), 11.50): each duty can be given to named
 * people of the project ({@link SigningRoles}).
 */
public enum SigningDuty {
    /** Approve a version of the risk management plan (ISO 14971 §4.4). */
    RISK_PLAN_APPROVAL,
    /** Sign the risk management report Reviewed (ISO 14971 §9). */
    RISK_REPORT_REVIEW,
    /** Sign the risk management report Approved (ISO 14971 §9). */
    RISK_REPORT_APPROVAL,
    /** Sign a trace baseline (IEC 62304 §5.1.1, §8.1). */
    BASELINE_SIGNING
}
