package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The software safety classification scheme a project uses (IEC 62304 §4.3; Ed. 2 rigor levels), as canonical JSON
 * ({@code eqms-jira/classification-scheme/1}). At most one row per project: UNIQUE {@value #PROJECT_KEY}; no row
 * means the default IEC 62304 Ed. 1 scheme.
 */
@Table("TRACE_CLASS_SCHEME")
public interface ClassSchemeRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String SCHEME_ID = "SCHEME_ID";
    String SCHEME_JSON = "SCHEME_JSON";

    @NotNull
    @Unique
    String getProjectKey();

    @NotNull
    String getSchemeId();

    void setSchemeId(String schemeId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSchemeJson();

    void setSchemeJson(String json);
}
