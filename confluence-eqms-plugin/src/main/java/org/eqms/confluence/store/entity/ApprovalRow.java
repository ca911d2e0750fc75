package org.eqms.confluence.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One approval signature collected for a revision (21 CFR 11.70: the signature covers {@value #CONTENT_HASH}).
 * Inserted once, never deleted; the only change ever made is {@value #INVALIDATED} false → true. One row per
 * signature: UNIQUE {@value #SIGNATURE_ID}. {@code ID} keeps the order in which approvals were recorded.
 */
@Table("DOC_APPROVAL")
public interface ApprovalRow extends Entity {
    String ID = "ID";
    String SIGNATURE_ID = "SIGNATURE_ID";
    String REVISION_KEY = "REVISION_KEY";
    String DOCUMENT_ID = "DOCUMENT_ID";
    String REV_LABEL = "REV_LABEL";
    String USER_KEY = "USER_KEY";
    String MEANING = "MEANING";
    String GROUP_NAME = "GROUP_NAME";
    String SIGNED_AT = "SIGNED_AT";
    String CONTENT_HASH = "CONTENT_HASH";
    String INVALIDATED = "INVALIDATED";

    @NotNull
    @Unique
    String getSignatureId();

    /** The revision's {@link RevisionRow#REVISION_KEY}. */
    @NotNull
    @Indexed
    String getRevisionKey();

    @NotNull
    @Indexed
    String getDocumentId();

    @NotNull
    String getRevLabel();

    /** The signer's user key. */
    @NotNull
    String getUserKey();

    @NotNull
    String getMeaning();

    /** The required group the approval is given for. */
    @NotNull
    String getGroupName();

    @NotNull
    String getSignedAt();

    @NotNull
    String getContentHash();

    @NotNull
    boolean isInvalidated();

    void setInvalidated(boolean invalidated);
}
