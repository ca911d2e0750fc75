package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An audit record written in the business transaction, not yet linked into the chain (transactional
 * outbox, DESIGN §6). The sequencer turns it into an {@link AuditEntryRow} and deletes it in one transaction.
 */
@Table("AUDIT_OUTBOX")
public interface AuditOutboxRow extends RawEntity<Long> {
    String ID = "ID";
    String RECORD_TIME = "RECORD_TIME";
    String ACTOR_KEY = "ACTOR_KEY";
    String ACTOR_NAME = "ACTOR_NAME";
    String ACTION_NAME = "ACTION_NAME";
    String OBJECT_TYPE = "OBJECT_TYPE";
    String OBJECT_ID = "OBJECT_ID";
    String OBJECT_VERSION = "OBJECT_VERSION";
    String DATA_JSON = "DATA_JSON";
    String SIGNATURE_ID = "SIGNATURE_ID";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getID();

    @NotNull
    String getRecordTime();

    @NotNull
    String getActorKey();

    @NotNull
    String getActorName();

    @NotNull
    String getActionName();

    @NotNull
    String getObjectType();

    @NotNull
    String getObjectId();

    Integer getObjectVersion();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDataJson();

    /** The e-signature this record documents, sealed when the record is chained; null otherwise. */
    String getSignatureId();
}
