package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** The last signing of a user in a host session (SESSION_HASH = SHA-256 of the session id, never the id). */
@Table("SIGN_SESSION")
public interface SignSessionRow extends RawEntity<Long> {
    String ID = "ID";
    String SESSION_HASH = "SESSION_HASH";
    String USER_KEY = "USER_KEY";
    String LAST_SIGNED_MS = "LAST_SIGNED_MS";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getID();

    @NotNull
    @Indexed
    String getSessionHash();

    @NotNull
    String getUserKey();

    @NotNull
    long getLastSignedMs();

    void setLastSignedMs(long at);
}
