package org.eqms.trace;

import java.time.Instant;

/**
 * The record that the published anomaly list of one version of a SOUP item was evaluated for anomalies that could
 * contribute to a hazardous situation (IEC 62304 §7.1.3). A review covers the version reviewed only.
 *
 * @param reviewedVersion the SOUP version whose anomalies were reviewed
 * @param reviewerKey     the user key of the reviewer
 * @param reviewedAt      when (server time)
 * @param source          the anomaly list consulted (release notes, issue tracker, CVE feed URL)
 * @param conclusion      what was concluded (e.g. "no anomaly affects our use; see HS-4 for CVE-2024-1234")
 */
public record AnomalyReview(String reviewedVersion, String reviewerKey, Instant reviewedAt, String source,
                            String conclusion) {
    public AnomalyReview {
        Require.text(reviewedVersion, "reviewed SOUP version");
        Require.text(reviewerKey, "reviewer");
        Require.value(reviewedAt, "review time");
        Require.text(source, "anomaly list reviewed");
        Require.text(conclusion, "conclusion of the anomaly review");
    }

    /** Whether this review covers the version. */
    public boolean covers(String version) {
        return reviewedVersion.equals(version);
    }
}
