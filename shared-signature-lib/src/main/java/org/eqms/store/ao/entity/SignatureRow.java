package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An electronic signature record (DESIGN §5). Inserted once; ENTRY_SEQ, KID and SEAL are set once when its audit
 * entry is chained. One signature per challenge (UNIQUE), so a replayed challenge cannot sign twice.
 */
@Table("ESIGNATURE")
public interface SignatureRow extends RawEntity<String> {
    String SIGNATURE_ID = "SIGNATURE_ID";
    String OBJECT_TYPE = "OBJECT_TYPE";
    String OBJECT_ID = "OBJECT_ID";
    String OBJECT_VERSION = "OBJECT_VERSION";
    String CONTENT_HASH = "CONTENT_HASH";
    String SIGNER_KEY = "SIGNER_KEY";
    String SIGNER_NAME = "SIGNER_NAME";
    String MEANING = "MEANING";
    String REASON = "REASON";
    String SIGNED_AT = "SIGNED_AT";
    String AUTH_METHOD = "AUTH_METHOD";
    String CHALLENGE_ID = "CHALLENGE_ID";
    String ENTRY_SEQ = "ENTRY_SEQ";
    String KID = "KID";
    String SEAL = "SEAL";

    @PrimaryKey(SIGNATURE_ID)
    @NotNull
    String getSignatureId();

    @NotNull
    String getObjectType();

    @NotNull
    @Indexed
    String getObjectId();

    Integer getObjectVersion();

    @NotNull
    String getContentHash();

    @NotNull
    String getSignerKey();

    @NotNull
    String getSignerName();

    @NotNull
    String getMeaning();

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    @NotNull
    String getSignedAt();

    @NotNull
    String getAuthMethod();

    @NotNull
    @Unique
    String getChallengeId();

    Long getEntrySeq();

    void setEntrySeq(Long entrySeq);

    String getKid();

    void setKid(String kid);

    String getSeal();

    void setSeal(String seal);
}
