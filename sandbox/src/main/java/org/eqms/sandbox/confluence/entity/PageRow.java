package org.eqms.sandbox.confluence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A sandbox page: its id ({@code ID}, the page id the apps see), its space, and the number of its current version.
 * Titles and bodies live in {@link PageVersionRow}, one row per version.
 */
@Table("SBX_PAGE")
public interface PageRow extends Entity {
    String ID = "ID";
    String SPACE_KEY = "SPACE_KEY";
    String CURRENT_VERSION = "CURRENT_VERSION";

    @NotNull
    @Indexed
    String getSpaceKey();

    @NotNull
    int getCurrentVersion();

    void setCurrentVersion(int version);
}
