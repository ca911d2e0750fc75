package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A project's intended use, foreseeable misuse and safety characteristics (ISO 14971 §5.2–5.3), as canonical JSON
 * ({@code eqms-jira/intended-use/1}). One row per project: UNIQUE {@value #PROJECT_KEY}.
 */
@Table("RISK_INTENDED_USE")
public interface IntendedUseRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String USE_JSON = "USE_JSON";

    @NotNull
    @Unique
    String getProjectKey();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getUseJson();

    void setUseJson(String json);
}
