package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One version of a project's risk management report (ISO 14971 §9): its canonical JSON ({@code eqms-risk-report/1},
 * exactly the bytes hashed), the content hash computed when it was concluded, and its signatures
 * ({@code eqms-jira/report-signatures/1}). One row per (project, version): UNIQUE {@value #PROJECT_VERSION}. The
 * content never changes; a signature added or the status moved on replaces the row (a conditional delete on its
 * status and signature count, then an insert), until it is APPROVED or SUPERSEDED; then it is never touched.
 */
@Table("RISK_REPORT")
public interface ReportRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String REPORT_VERSION = "REPORT_VERSION";
    String PROJECT_VERSION = "PROJECT_VERSION";
    String REPORT_STATUS = "REPORT_STATUS";
    String CONTENT_HASH = "CONTENT_HASH";
    String REPORT_JSON = "REPORT_JSON";
    String SIGNATURES_JSON = "SIGNATURES_JSON";
    String SIGNATURE_COUNT = "SIGNATURE_COUNT";

    @NotNull
    @Indexed
    String getProjectKey();

    @NotNull
    int getReportVersion();

    /** {@code <project>/<version>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectVersion();

    /** A {@code ReportStatus} name. */
    @NotNull
    String getReportStatus();

    void setReportStatus(String status);

    /** The report's content hash (formats.md) when it was concluded. */
    @NotNull
    String getContentHash();

    /** The canonical JSON the content hash is computed over. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReportJson();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSignaturesJson();

    void setSignaturesJson(String json);

    /** How many signatures {@link #getSignaturesJson()} holds: the compare-and-set condition of a change. */
    @NotNull
    int getSignatureCount();
}
