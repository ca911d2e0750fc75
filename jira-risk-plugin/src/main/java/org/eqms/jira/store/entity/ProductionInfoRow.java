package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An item of production or post-production information of a project (ISO 14971 §10.2), stored as canonical JSON
 * ({@value #INFO_JSON}, format {@code eqms-jira/production-information/1}). One row per (project, information id):
 * UNIQUE {@value #PROJECT_INFO}; never updated. {@value #ID} order is the order recorded.
 */
@Table("RISK_PROD_INFO")
@Indexes(@Index(name = "prod_info_proj_id", methodNames = {"getProjectKey", "getInfoId"}))
public interface ProductionInfoRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String INFO_ID = "INFO_ID";
    String PROJECT_INFO = "PROJECT_INFO";
    String INFO_JSON = "INFO_JSON";

    @NotNull
    String getProjectKey();

    @NotNull
    String getInfoId();

    /** {@code <project>/<information id>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectInfo();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getInfoJson();
}
