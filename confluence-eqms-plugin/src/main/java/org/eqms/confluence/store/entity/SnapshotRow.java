package org.eqms.confluence.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The locked published version of a revision that became Effective: title, storage-format body and attachment
 * hashes of the exact page version, with its content hash. Inserted once, never updated or deleted: it remains the
 * record even when Confluence's own history loses the version. One per revision: UNIQUE {@value #SNAPSHOT_KEY}.
 */
@Table("DOC_SNAPSHOT")
public interface SnapshotRow extends Entity {
    String ID = "ID";
    String SNAPSHOT_KEY = "SNAPSHOT_KEY";
    String DOCUMENT_ID = "DOCUMENT_ID";
    String REV_LABEL = "REV_LABEL";
    String PAGE_ID = "PAGE_ID";
    String PAGE_VERSION = "PAGE_VERSION";
    String PAGE_TITLE = "PAGE_TITLE";
    String STORAGE_BODY = "STORAGE_BODY";
    String ATTACHMENTS_JSON = "ATTACHMENTS_JSON";
    String CONTENT_HASH = "CONTENT_HASH";
    String EFFECTIVE_AT = "EFFECTIVE_AT";

    /** {@code <document id>/<label>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getSnapshotKey();

    @NotNull
    @Indexed
    String getDocumentId();

    @NotNull
    String getRevLabel();

    @NotNull
    long getPageId();

    @NotNull
    int getPageVersion();

    @StringLength(StringLength.UNLIMITED)
    String getPageTitle();

    /** The storage-format XHTML exactly as stored. */
    @StringLength(StringLength.UNLIMITED)
    String getStorageBody();

    /** JSON object, attachment name → hash, names in order. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getAttachmentsJson();

    @NotNull
    String getContentHash();

    @NotNull
    String getEffectiveAt();
}
