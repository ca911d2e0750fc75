package org.eqms.risk;

/** The status of one version of a risk management plan: edited as a draft, approved (signed), then superseded. */
public enum PlanStatus {
    DRAFT,
    APPROVED,
    SUPERSEDED
}
