package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One risk of a project's risk file (ISO 14971 §5–§7, §10), stored as canonical JSON ({@value #RECORD_JSON},
 * format {@code eqms-jira/risk-record/1}) with the columns the queries need. One row per (project, risk id): UNIQUE
 * {@value #PROJECT_RISK}. Hazard and situation ids are plain columns (Jira issue ids or keys), never foreign keys.
 */
@Table("RISK_RECORD")
@Indexes({
        @Index(name = "risk_proj_id", methodNames = {"getProjectKey", "getRiskId"}),
        @Index(name = "risk_proj_hazard", methodNames = {"getProjectKey", "getHazardId"}),
        @Index(name = "risk_proj_situation", methodNames = {"getProjectKey", "getSituationId"})})
public interface RiskRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String RISK_ID = "RISK_ID";
    String PROJECT_RISK = "PROJECT_RISK";
    String HAZARD_ID = "HAZARD_ID";
    String SITUATION_ID = "SITUATION_ID";
    String RECORD_JSON = "RECORD_JSON";

    @NotNull
    String getProjectKey();

    @NotNull
    String getRiskId();

    /** {@code <project>/<risk id>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectRisk();

    @NotNull
    String getHazardId();

    void setHazardId(String hazardId);

    @NotNull
    String getSituationId();

    void setSituationId(String situationId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRecordJson();

    void setRecordJson(String json);
}
