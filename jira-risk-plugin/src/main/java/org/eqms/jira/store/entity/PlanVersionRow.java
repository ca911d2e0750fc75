package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One version of a project's risk management plan (ISO 14971 §4.4), as canonical JSON
 * ({@code eqms-jira/risk-plan-version/1}). One row per (project, version): UNIQUE {@value #PROJECT_VERSION}. A row
 * is inserted once; a draft row is replaced by its edits and approval; an approved row changes only to superseded;
 * no row is deleted.
 */
@Table("RISK_PLAN_VERSION")
public interface PlanVersionRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String PLAN_VERSION = "PLAN_VERSION";
    String PROJECT_VERSION = "PROJECT_VERSION";
    String PLAN_STATUS = "PLAN_STATUS";
    String CONTENT_HASH = "CONTENT_HASH";
    String PLAN_JSON = "PLAN_JSON";

    @NotNull
    @Indexed
    String getProjectKey();

    @NotNull
    int getPlanVersion();

    /** {@code <project>/<version>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectVersion();

    /** A {@code PlanStatus} name. */
    @NotNull
    String getPlanStatus();

    void setPlanStatus(String status);

    /** The plan's content hash (formats.md §12) when it was stored. */
    @NotNull
    String getContentHash();

    void setContentHash(String hash);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPlanJson();

    void setPlanJson(String json);
}
