package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** One failed signing re-authentication, counted for the lockout rule. */
@Table("SIGN_FAILURE")
public interface SignFailureRow extends RawEntity<Long> {
    String ID = "ID";
    String USER_KEY = "USER_KEY";
    String FAILED_AT_MS = "FAILED_AT_MS";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getID();

    @NotNull
    @Indexed
    String getUserKey();

    @NotNull
    long getFailedAtMs();
}
