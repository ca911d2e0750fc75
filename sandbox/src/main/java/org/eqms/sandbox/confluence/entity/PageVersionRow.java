package org.eqms.sandbox.confluence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One version of a sandbox page, inserted once and never changed: title, storage-format XHTML body exactly as
 * written, author (user key) and server time. UNIQUE {@value #VERSION_KEY} ({@code <page id>/<version>}) keeps two
 * concurrent edits from both becoming the same version.
 */
@Table("SBX_PAGE_VERSION")
public interface PageVersionRow extends Entity {
    String PAGE_ID = "PAGE_ID";
    String VERSION_KEY = "VERSION_KEY";
    String PAGE_VERSION = "PAGE_VERSION";

    @NotNull
    @Unique
    String getVersionKey();

    @NotNull
    @Indexed
    long getPageId();

    @NotNull
    int getPageVersion();

    @NotNull
    String getTitle();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    @NotNull
    String getAuthorKey();

    /** {@code StoredInstant} text. */
    @NotNull
    String getCreatedAt();
}
