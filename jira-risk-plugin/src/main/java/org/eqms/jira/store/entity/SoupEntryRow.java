package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One entry of a project's SOUP register (IEC 62304 §5.3.3–5.3.4, §7.1.2–7.1.3, §8.1.2), as canonical JSON
 * ({@code eqms-jira/soup-entry/1}). One row per (project, SOUP item id): UNIQUE {@value #PROJECT_SOUP}; an update
 * keeps the row, so {@code ID} is the registration order.
 */
@Table("TRACE_SOUP_ENTRY")
public interface SoupEntryRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String SOUP_ID = "SOUP_ID";
    String PROJECT_SOUP = "PROJECT_SOUP";
    String ENTRY_JSON = "ENTRY_JSON";

    @NotNull
    @Indexed
    String getProjectKey();

    @NotNull
    String getSoupId();

    /** {@code <project>/<SOUP item id>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectSoup();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getEntryJson();

    void setEntryJson(String json);
}
