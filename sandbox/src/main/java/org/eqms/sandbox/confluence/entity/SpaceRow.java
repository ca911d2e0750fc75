package org.eqms.sandbox.confluence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A sandbox space (what Confluence's spaces table is to the product): a key and a name, never deleted. */
@Table("SBX_SPACE")
public interface SpaceRow extends Entity {
    String SPACE_KEY = "SPACE_KEY";

    @NotNull
    @Unique
    String getSpaceKey();

    @NotNull
    String getSpaceName();
}
