package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A current suspect mark of a trace link (IEC 62304 §7.4.1, §8.2.3): which upstream item changed, by whom (user
 * key), when, and its content hash before and after. At most one per link: UNIQUE {@value #PROJECT_LINK} (a link
 * keeps its first mark until reviewed). Deleted when a review clears it or the link is removed.
 */
@Table("TRACE_SUSPECT")
@Indexes(@Index(name = "trace_suspect_proj_id", methodNames = {"getProjectKey", "getID"}))
public interface SuspectMarkRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String PROJECT_LINK = "PROJECT_LINK";
    String FROM_ID = "FROM_ID";
    String LINK_TYPE = "LINK_TYPE";
    String TO_ID = "TO_ID";
    String CHANGED_ITEM = "CHANGED_ITEM";
    String CHANGED_BY = "CHANGED_BY";
    String CHANGED_AT = "CHANGED_AT";
    String HASH_BEFORE = "HASH_BEFORE";
    String HASH_AFTER = "HASH_AFTER";

    @NotNull
    String getProjectKey();

    /** {@code <project>/<from>/<type>/<to>} of the suspect link (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectLink();

    @NotNull
    String getFromId();

    @NotNull
    String getLinkType();

    @NotNull
    String getToId();

    @NotNull
    String getChangedItem();

    /** User key, never a user name. */
    @NotNull
    String getChangedBy();

    @NotNull
    String getChangedAt();

    @NotNull
    String getHashBefore();

    @NotNull
    String getHashAfter();
}
