package org.eqms.confluence.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One saved revision of a space's document-control configuration (its JSON form, docs/formats.md). Inserted once,
 * never updated or deleted, so the configuration history is kept; the highest revision of a space is in force.
 * UNIQUE {@value #SPACE_REV} ({@code <space key>/<revision>}) refuses two saves of the same revision.
 */
@Table("SPACE_CONFIG")
public interface SpaceConfigRow extends Entity {
    String SPACE_REV = "SPACE_REV";
    String SPACE_KEY = "SPACE_KEY";
    String CONFIG_REV = "CONFIG_REV";
    String SETTINGS_JSON = "SETTINGS_JSON";
    String SAVED_BY = "SAVED_BY";
    String SAVED_AT = "SAVED_AT";

    @NotNull
    @Unique
    String getSpaceRev();

    @NotNull
    @Indexed
    String getSpaceKey();

    @NotNull
    int getConfigRev();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSettingsJson();

    /** User key, never a user name. */
    @NotNull
    String getSavedBy();

    @NotNull
    String getSavedAt();
}
