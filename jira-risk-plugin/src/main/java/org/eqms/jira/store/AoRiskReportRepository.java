package org.eqms.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.eqms.jira.store.entity.ReportRow;
import org.eqms.risk.ReportStatus;
import org.eqms.risk.ReportVersion;
import org.eqms.risk.RiskManagementReport;
import org.eqms.risk.RiskRefusal;
import org.eqms.risk.RiskRefusedException;
import org.eqms.risk.RiskReportRepository;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.UniqueKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RiskReportRepository} on Active Objects: one {@link ReportRow} per report version, the report as its
 * canonical JSON. Every write is one transaction that joins the caller's. A row changes only by a conditional
 * delete naming the status and signature count it was read with, then an insert, so a row that is APPROVED or
 * SUPERSEDED, or that someone else changed meanwhile, is never written ({@link RiskRefusal#REPORT_NOT_EDITABLE}); UNIQUE
 * {@link ReportRow#PROJECT_VERSION} refuses a version a concurrent review inserted first.
 */
public final class AoRiskReportRepository implements RiskReportRepository {
    private static final String COLUMNS = String.join(",", ReportRow.ID, ReportRow.PROJECT_KEY,
            ReportRow.REPORT_VERSION, ReportRow.REPORT_STATUS, ReportRow.CONTENT_HASH, ReportRow.REPORT_JSON,
            ReportRow.SIGNATURES_JSON, ReportRow.SIGNATURE_COUNT);

    private final ActiveObjects ao;

    public AoRiskReportRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<ReportVersion> versions(String projectKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        List<ReportVersion> versions = new ArrayList<>();
        // a project concludes a handful of reviews, not thousands
        for (ReportRow row : ao.find(ReportRow.class, Query.select(COLUMNS)
                .where(ReportRow.PROJECT_KEY + " = ?", projectKey).order(ReportRow.REPORT_VERSION + " ASC"))) {
            versions.add(read(row, projectKey));
        }
        return versions;
    }

    @Override
    public Optional<ReportVersion> latest(String projectKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        ReportRow[] rows = ao.find(ReportRow.class, Query.select(COLUMNS)
                .where(ReportRow.PROJECT_KEY + " = ?", projectKey).order(ReportRow.REPORT_VERSION + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(read(rows[0], projectKey));
    }

    @Override
    public ReportVersion conclude(RiskManagementReport report) {
        Objects.requireNonNull(report, "report");
        String projectKey = UniqueKeys.column(report.projectKey(), "project key");
        if (!report.signatures().isEmpty()) {
            throw new IllegalArgumentException("A report is concluded without signatures");
        }
        try {
            return ao.executeInTransaction(() -> {
                Optional<ReportVersion> previous = latest(projectKey);
                if (previous.isPresent() && previous.get().status() != ReportStatus.APPROVED
                        && previous.get().status() != ReportStatus.SUPERSEDED) {
                    update(previous.get(), ReportStatus.SUPERSEDED, previous.get().report());
                }
                int version = previous.map(ReportVersion::version).orElse(0) + 1;
                insert(new ReportVersion(version, false, report, report.contentHash()));
                return new ReportVersion(version, false, report, report.contentHash());
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw concurrentChange(projectKey, e);
            }
            throw e;
        }
    }

    @Override
    public ReportVersion sign(ReportVersion before, RiskManagementReport signed) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(signed, "signed");
        RiskManagementReport was = before.report();
        if (!signed.projectKey().equals(was.projectKey()) || !signed.contentHash().equals(was.contentHash())
                || signed.signatures().size() != was.signatures().size() + 1
                || !signed.signatures().subList(0, was.signatures().size()).equals(was.signatures())) {
            throw new IllegalArgumentException("A signature adds one signature to the report as it was read");
        }
        ReportVersion after = new ReportVersion(before.version(), false, signed, before.storedContentHash());
        ao.executeInTransaction(() -> {
            update(before, after.status(), signed);
            return null;
        });
        return after;
    }

    /** Replaces the row of {@code before} if it is still as it was read and may still change. */
    private void update(ReportVersion before, ReportStatus status, RiskManagementReport report) {
        String projectKey = report.projectKey();
        if (before.status() == ReportStatus.APPROVED || before.status() == ReportStatus.SUPERSEDED) {
            throw notEditable(projectKey, before);
        }
        int deleted = ao.deleteWithSQL(ReportRow.class, ReportRow.PROJECT_VERSION + " = ? AND "
                        + ReportRow.REPORT_STATUS + " = ? AND " + ReportRow.SIGNATURE_COUNT + " = ?",
                UniqueKeys.of(projectKey, Integer.toString(before.version())), before.status().name(),
                before.report().signatures().size());
        if (deleted != 1) {
            throw notEditable(projectKey, before);
        }
        insert(new ReportVersion(before.version(), status == ReportStatus.SUPERSEDED, report,
                before.storedContentHash()), status);
    }

    private void insert(ReportVersion version) {
        insert(version, version.status());
    }

    private void insert(ReportVersion version, ReportStatus status) {
        RiskManagementReport report = version.report();
        ao.create(ReportRow.class,
                new DBParam(ReportRow.PROJECT_KEY, report.projectKey()),
                new DBParam(ReportRow.REPORT_VERSION, version.version()),
                new DBParam(ReportRow.PROJECT_VERSION, UniqueKeys.of(report.projectKey(),
                        Integer.toString(version.version()))),
                new DBParam(ReportRow.REPORT_STATUS, status.name()),
                new DBParam(ReportRow.CONTENT_HASH, version.storedContentHash()),
                new DBParam(ReportRow.REPORT_JSON, report.canonicalJson()),
                new DBParam(ReportRow.SIGNATURES_JSON, StoredCodecs.REPORT_SIGNATURES.write(report.signatures())),
                new DBParam(ReportRow.SIGNATURE_COUNT, report.signatures().size()));
    }

    private static ReportVersion read(ReportRow row, String projectKey) {
        String what = "version " + row.getReportVersion() + " of the risk management report of project " + projectKey;
        RiskManagementReport report = StoredReportJson.read(row.getReportJson(),
                StoredCodecs.REPORT_SIGNATURES.read(row.getSignaturesJson(), what + " (signatures)"), what);
        if (!report.projectKey().equals(projectKey)) {
            throw new StoredDataException("The stored " + what + " belongs to project " + report.projectKey(), null);
        }
        ReportStatus status = Rows.decode(what, () -> Rows.enumOf(ReportStatus.class, row.getReportStatus()));
        return new ReportVersion(row.getReportVersion(), status == ReportStatus.SUPERSEDED, report,
                row.getContentHash());
    }

    private static RiskRefusedException notEditable(String projectKey, ReportVersion version) {
        return new RiskRefusedException(RiskRefusal.REPORT_NOT_EDITABLE, "Version " + version.version()
                + " of the risk management report of " + projectKey + " is "
                + version.status().name().toLowerCase(java.util.Locale.ROOT)
                + " or was changed by someone else meanwhile; an approved or superseded report is never changed.",
                "Reload the report; conclude a new review to report again.");
    }

    private static RiskRefusedException concurrentChange(String projectKey, Throwable cause) {
        RiskRefusedException refused = new RiskRefusedException(RiskRefusal.REPORT_NOT_EDITABLE,
                "Another risk management review of " + projectKey + " was concluded meanwhile; nothing was saved.",
                "Reload the report and conclude the review again if it is still needed.");
        refused.initCause(cause);
        return refused;
    }
}
