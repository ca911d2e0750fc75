package org.eqms.risk;

import java.util.List;
import java.util.Optional;

/**
 * Port: where the versions of a project's risk management report are kept (ISO 14971 §9). Every concluded report
 * is kept. {@link #conclude} adds the next version and marks the one before it superseded unless it is approved;
 * {@link #sign} records a signature on the latest version. An approved or superseded version is never changed.
 */
public interface RiskReportRepository {

    /** Every version, oldest first (a project has a handful). */
    List<ReportVersion> versions(String projectKey);

    /** The latest version, if a review was ever concluded. */
    Optional<ReportVersion> latest(String projectKey);

    /**
     * Stores {@code report} (without signatures) as the next version.
     *
     * @return the version stored
     */
    ReportVersion conclude(RiskManagementReport report);

    /**
     * Stores {@code signed} — version {@code version} of its project with one more signature — in place of that
     * version as it was read ({@code before}).
     *
     * @throws RiskRefusedException if the version is approved, superseded, or was changed since it was read
     */
    ReportVersion sign(ReportVersion before, RiskManagementReport signed);
}
