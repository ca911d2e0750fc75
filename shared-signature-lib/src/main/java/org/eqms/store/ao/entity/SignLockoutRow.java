package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A signing lockout; active while UNLOCKED_AT_MS is null. Unlocking records both administrators. */
@Table("SIGN_LOCKOUT")
public interface SignLockoutRow extends RawEntity<Long> {
    String ID = "ID";
    String USER_KEY = "USER_KEY";
    String LOCKED_AT_MS = "LOCKED_AT_MS";
    String REQUESTED_BY = "REQUESTED_BY";
    String REQUEST_REASON = "REQUEST_REASON";
    String REQUESTED_AT_MS = "REQUESTED_AT_MS";
    String UNLOCKED_BY = "UNLOCKED_BY";
    String UNLOCKED_AT_MS = "UNLOCKED_AT_MS";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getID();

    @NotNull
    @Indexed
    String getUserKey();

    @NotNull
    long getLockedAtMs();

    String getRequestedBy();

    void setRequestedBy(String adminKey);

    @StringLength(StringLength.UNLIMITED)
    String getRequestReason();

    void setRequestReason(String reason);

    Long getRequestedAtMs();

    void setRequestedAtMs(Long at);

    String getUnlockedBy();

    void setUnlockedBy(String adminKey);

    Long getUnlockedAtMs();

    void setUnlockedAtMs(Long at);
}
