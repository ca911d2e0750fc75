package org.eqms.risk;

/**
 * Where a version of the risk management report stands (ISO 14971 §9): concluded by the review, signed Reviewed,
 * signed Approved (then never changed), or superseded by a newer review concluded before it was approved.
 */
public enum ReportStatus {
    CONCLUDED, REVIEWED, APPROVED, SUPERSEDED
}
