package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A hazardous situation of a project (ISO 14971 §5.4). One row per (project, situation id): UNIQUE
 * {@value #PROJECT_SITUATION}. The sequence of events is a JSON array of strings ({@code eqms-jira/events/1}).
 */
@Table("RISK_SITUATION")
@Indexes({
        @Index(name = "situation_proj_id", methodNames = {"getProjectKey", "getSituationId"}),
        @Index(name = "situation_proj_hazard", methodNames = {"getProjectKey", "getHazardId"})})
public interface SituationRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String SITUATION_ID = "SITUATION_ID";
    String PROJECT_SITUATION = "PROJECT_SITUATION";
    String HAZARD_ID = "HAZARD_ID";
    String EVENTS_JSON = "EVENTS_JSON";
    String DESCRIPTION = "DESCRIPTION";

    @NotNull
    String getProjectKey();

    @NotNull
    String getSituationId();

    /** {@code <project>/<situation id>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectSituation();

    @NotNull
    String getHazardId();

    void setHazardId(String hazardId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getEventsJson();

    void setEventsJson(String json);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);
}
