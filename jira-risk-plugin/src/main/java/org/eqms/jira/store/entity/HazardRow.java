package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A hazard of a project (ISO 14971 §5.4). One row per (project, hazard id): UNIQUE {@value #PROJECT_HAZARD}. */
@Table("RISK_HAZARD")
@Indexes(@Index(name = "hazard_proj_id", methodNames = {"getProjectKey", "getHazardId"}))
public interface HazardRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String HAZARD_ID = "HAZARD_ID";
    String PROJECT_HAZARD = "PROJECT_HAZARD";
    String CATEGORY = "CATEGORY";
    String HAZARD_NAME = "HAZARD_NAME";
    String DESCRIPTION = "DESCRIPTION";
    String CATALOGUE_CODE = "CATALOGUE_CODE";

    @NotNull
    String getProjectKey();

    @NotNull
    String getHazardId();

    /** {@code <project>/<hazard id>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectHazard();

    /** A {@code HazardCategory} name. */
    @NotNull
    String getCategory();

    void setCategory(String category);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getHazardName();

    void setHazardName(String name);

    /** May be empty (SQL NULL on Oracle). */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    String getCatalogueCode();

    void setCatalogueCode(String code);
}
