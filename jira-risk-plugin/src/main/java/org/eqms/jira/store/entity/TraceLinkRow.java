package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One typed link {@code from —type→ to} of a project's trace graph. At most one per (project, from, type, to):
 * UNIQUE {@value #PROJECT_LINK}. Indexed on (project, from) and (project, to) for an item's links both ways, and on
 * (project, ID) for paged reads. Inserted and deleted, never updated.
 */
@Table("TRACE_LINK")
@Indexes({
        @Index(name = "trace_link_proj_id", methodNames = {"getProjectKey", "getID"}),
        @Index(name = "trace_link_from", methodNames = {"getProjectKey", "getFromId"}),
        @Index(name = "trace_link_to", methodNames = {"getProjectKey", "getToId"})})
public interface TraceLinkRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String FROM_ID = "FROM_ID";
    String LINK_TYPE = "LINK_TYPE";
    String TO_ID = "TO_ID";
    String PROJECT_LINK = "PROJECT_LINK";

    @NotNull
    String getProjectKey();

    /** Upstream item id. */
    @NotNull
    String getFromId();

    /** A {@code LinkType} name. */
    @NotNull
    String getLinkType();

    /** Downstream item id. */
    @NotNull
    String getToId();

    /** {@code <project>/<from>/<type>/<to>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectLink();
}
