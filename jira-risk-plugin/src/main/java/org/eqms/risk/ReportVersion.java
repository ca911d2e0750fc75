package org.eqms.risk;

/**
 * One kept version (1, 2, …) of a project's risk management report, as stored: the report with its signatures, and
 * the content hash stored with it when it was concluded.
 *
 * @param superseded        whether a newer review was concluded before this one was approved
 * @param storedContentHash the content hash written when the report was concluded
 */
public record ReportVersion(int version, boolean superseded, RiskManagementReport report, String storedContentHash) {

    public ReportVersion {
        if (version < 1) {
            throw new IllegalArgumentException("Report version " + version + " is not a version number.");
        }
        Require.present(report, "The report", "Conclude the review first.");
        Require.text(storedContentHash, "The stored content hash", "Store the report with its content hash.");
    }

    public ReportStatus status() {
        if (report.signedAs(ReportMeaning.APPROVED)) {
            return ReportStatus.APPROVED;
        }
        if (superseded) {
            return ReportStatus.SUPERSEDED;
        }
        return report.signedAs(ReportMeaning.REVIEWED) ? ReportStatus.REVIEWED : ReportStatus.CONCLUDED;
    }

    /**
     * Whether the report still has the content it was concluded and signed with: its content hash, computed anew,
     * is the stored one and the one every signature was made over.
     */
    public boolean isIntact() {
        String hash = report.contentHash();
        return hash.equals(storedContentHash)
                && report.signatures().stream().allMatch(s -> hash.equals(s.contentHash()));
    }
}
