package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** A signing challenge bound to user, object version and content hash, valid until EXPIRES_AT. */
@Table("SIGN_CHALLENGE")
public interface ChallengeRow extends RawEntity<String> {
    String CHALLENGE_ID = "CHALLENGE_ID";
    String USER_KEY = "USER_KEY";
    String OBJECT_TYPE = "OBJECT_TYPE";
    String OBJECT_ID = "OBJECT_ID";
    String OBJECT_VERSION = "OBJECT_VERSION";
    String CONTENT_HASH = "CONTENT_HASH";
    String ISSUED_AT = "ISSUED_AT";
    String EXPIRES_AT = "EXPIRES_AT";

    @PrimaryKey(CHALLENGE_ID)
    @NotNull
    String getChallengeId();

    @NotNull
    String getUserKey();

    @NotNull
    String getObjectType();

    @NotNull
    String getObjectId();

    Integer getObjectVersion();

    @NotNull
    String getContentHash();

    @NotNull
    String getIssuedAt();

    @NotNull
    String getExpiresAt();
}
