package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One chained audit entry (DESIGN §6). Rows are only ever inserted: the primary key on SEQ and the
 * UNIQUE constraint on PREV_HASH make a gap-free, fork-free chain the database's own invariant.
 */
@Table("AUDIT_ENTRY")
public interface AuditEntryRow extends RawEntity<Long> {
    String SEQ = "SEQ";
    String ENTRY_TIME = "ENTRY_TIME";
    String ACTOR_KEY = "ACTOR_KEY";
    String ACTOR_NAME = "ACTOR_NAME";
    String ACTION_NAME = "ACTION_NAME";
    String OBJECT_TYPE = "OBJECT_TYPE";
    String OBJECT_ID = "OBJECT_ID";
    String OBJECT_VERSION = "OBJECT_VERSION";
    String DATA_JSON = "DATA_JSON";
    String PREV_HASH = "PREV_HASH";
    String ENTRY_HASH = "ENTRY_HASH";

    @PrimaryKey(SEQ)
    @NotNull
    long getSeq();

    @NotNull
    String getEntryTime();

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

    @NotNull
    @Unique
    String getPrevHash();

    @NotNull
    @Unique
    String getEntryHash();
}
