package org.eqms.sandbox.confluence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A space permission of the sandbox: a user or a group may VIEW, EDIT or ADMINISTER the space's pages (each level
 * includes the ones before it). UNIQUE {@value #GRANT_KEY} ({@code <space>/<USER|GROUP>/<name>}): one level each.
 */
@Table("SBX_SPACE_GRANT")
public interface SpaceGrantRow extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String GRANT_KEY = "GRANT_KEY";

    @NotNull
    @Unique
    String getGrantKey();

    @NotNull
    @Indexed
    String getSpaceKey();

    /** {@code USER} or {@code GROUP}. */
    @NotNull
    String getGranteeKind();

    /** A user key or a group name. */
    @NotNull
    String getGrantee();

    /** A {@code SpaceAccess} name. */
    @NotNull
    String getAccessLevel();

    void setAccessLevel(String level);
}
