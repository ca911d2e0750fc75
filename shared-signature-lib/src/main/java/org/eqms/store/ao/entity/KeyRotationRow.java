package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A ledger key rotation asked for by one administrator; done once a second one approves (two-person rule). */
@Table("KEY_ROTATION")
public interface KeyRotationRow extends RawEntity<Long> {
    String ID = "ID";
    String REQUESTED_BY = "REQUESTED_BY";
    String REQUEST_REASON = "REQUEST_REASON";
    String REQUESTED_AT_MS = "REQUESTED_AT_MS";
    String APPROVED_BY = "APPROVED_BY";
    String APPROVED_AT_MS = "APPROVED_AT_MS";
    String NEW_KID = "NEW_KID";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getID();

    @NotNull
    String getRequestedBy();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRequestReason();

    @NotNull
    long getRequestedAtMs();

    String getApprovedBy();

    void setApprovedBy(String adminKey);

    Long getApprovedAtMs();

    void setApprovedAtMs(Long at);

    String getNewKid();

    void setNewKid(String kid);
}
