package org.eqms.confluence.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One revision of a controlled document. Inserted once and then updated as it moves through its lifecycle; never
 * deleted. One row per (document, label): UNIQUE {@value #REVISION_KEY}. {@code ID} orders revisions oldest first.
 * Author and change reason never change once inserted.
 */
@Table("DOC_REVISION")
public interface RevisionRow extends Entity {
    String ID = "ID";
    String REVISION_KEY = "REVISION_KEY";
    String DOCUMENT_ID = "DOCUMENT_ID";
    String REV_LABEL = "REV_LABEL";
    String REV_STATE = "REV_STATE";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String CHANGE_REASON = "CHANGE_REASON";
    String CONTENT_HASH = "CONTENT_HASH";
    String SCHEDULED_AT = "SCHEDULED_AT";
    String EFFECTIVE_AT = "EFFECTIVE_AT";
    String SUPERSEDED_BY = "SUPERSEDED_BY";

    /** {@code <document id>/<label>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getRevisionKey();

    @NotNull
    @Indexed
    String getDocumentId();

    @NotNull
    String getRevLabel();

    /** A {@code DocumentState} name. */
    @NotNull
    String getRevState();

    void setRevState(String state);

    /** User key of the revision's author. */
    @NotNull
    String getAuthorKey();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getChangeReason();

    @NotNull
    String getContentHash();

    void setContentHash(String contentHash);

    String getScheduledAt();

    void setScheduledAt(String scheduledAt);

    String getEffectiveAt();

    void setEffectiveAt(String effectiveAt);

    String getSupersededBy();

    void setSupersededBy(String supersededBy);
}
