package org.eqms.jira.mapping.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One saved revision of a Jira project's trace mapping, in its JSON form ({@code ProjectTraceMappingJson},
 * docs/formats.md). Inserted once, never updated or deleted, so the mapping's history is kept; the highest revision of
 * a project is in force. UNIQUE {@value #PROJECT_REV} ({@code <project key>/<revision>}) refuses two saves of the
 * same revision, the last line of defence behind the stale-revision check.
 */
@Table("TRACE_MAPPING")
public interface TraceMappingRow extends Entity {
    String PROJECT_REV = "PROJECT_REV";
    String PROJECT_KEY = "PROJECT_KEY";
    String MAPPING_REV = "MAPPING_REV";
    String MAPPING_JSON = "MAPPING_JSON";

    @NotNull
    @Unique
    String getProjectRev();

    @NotNull
    @Indexed
    String getProjectKey();

    @NotNull
    int getMappingRev();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMappingJson();
}
