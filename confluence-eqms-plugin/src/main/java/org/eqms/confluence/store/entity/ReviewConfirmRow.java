package org.eqms.confluence.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A signed periodic "review without change" of a document's effective revision. Inserted once, never updated or
 * deleted; one row per signature (UNIQUE {@value #SIGNATURE_ID}).
 */
@Table("REVIEW_CONFIRM")
public interface ReviewConfirmRow extends Entity {
    String SIGNATURE_ID = "SIGNATURE_ID";
    String DOCUMENT_ID = "DOCUMENT_ID";
    String REV_LABEL = "REV_LABEL";
    String CONFIRMED_BY = "CONFIRMED_BY";
    String CONFIRMED_AT = "CONFIRMED_AT";

    @NotNull
    @Unique
    String getSignatureId();

    @NotNull
    @Indexed
    String getDocumentId();

    @NotNull
    String getRevLabel();

    /** User key, never a user name. */
    @NotNull
    String getConfirmedBy();

    @NotNull
    String getConfirmedAt();
}
