package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.java.ao.Query;
import org.eqms.audit.Actor;
import org.eqms.audit.AuditEntry;
import org.eqms.audit.AuditRecord;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.ChainHead;
import org.eqms.audit.Checkpoint;
import org.eqms.audit.LedgerStore;
import org.eqms.audit.MerkleFrontier;
import org.eqms.audit.PendingRecord;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.store.ao.entity.AuditEntryRow;
import org.eqms.store.ao.entity.AuditOutboxRow;
import org.eqms.store.ao.entity.CheckpointRow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link LedgerStore} on Active Objects. Large reads stream; nothing here updates or deletes an entry. */
public final class AoLedgerStore implements LedgerStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRY_COLUMNS = String.join(",", AuditEntryRow.SEQ, AuditEntryRow.ENTRY_TIME,
            AuditEntryRow.ACTOR_KEY, AuditEntryRow.ACTOR_NAME, AuditEntryRow.ACTION_NAME, AuditEntryRow.OBJECT_TYPE,
            AuditEntryRow.OBJECT_ID, AuditEntryRow.OBJECT_VERSION, AuditEntryRow.DATA_JSON, AuditEntryRow.PREV_HASH,
            AuditEntryRow.ENTRY_HASH);

    private final ActiveObjects ao;

    public AoLedgerStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void addPending(AuditRecord record, String signatureId) {
        Map<String, Object> row = new HashMap<>();
        row.put(AuditOutboxRow.RECORD_TIME, Rfc3339.format(record.time()));
        row.put(AuditOutboxRow.ACTOR_KEY, record.actor().userKey());
        row.put(AuditOutboxRow.ACTOR_NAME, record.actor().name());
        row.put(AuditOutboxRow.ACTION_NAME, record.action());
        row.put(AuditOutboxRow.OBJECT_TYPE, record.object().type());
        row.put(AuditOutboxRow.OBJECT_ID, record.object().id());
        row.put(AuditOutboxRow.OBJECT_VERSION, record.object().version());
        row.put(AuditOutboxRow.DATA_JSON, new String(Jcs.canonicalize(record.data()), StandardCharsets.UTF_8));
        row.put(AuditOutboxRow.SIGNATURE_ID, signatureId);
        ao.create(AuditOutboxRow.class, row);
    }

    @Override
    public List<PendingRecord> oldestPending(int limit) {
        AuditOutboxRow[] rows = ao.find(AuditOutboxRow.class, Query.select().order(AuditOutboxRow.ID + " ASC").limit(limit));
        List<PendingRecord> pending = new ArrayList<>(rows.length);
        for (AuditOutboxRow row : rows) {
            AuditRecord record = new AuditRecord(Rfc3339.parse(row.getRecordTime()),
                    new Actor(row.getActorKey(), row.getActorName()), row.getActionName(),
                    new AuditedObject(row.getObjectType(), row.getObjectId(), row.getObjectVersion()),
                    (ObjectNode) parse(row.getDataJson()));
            pending.add(new PendingRecord(row.getID(), record, row.getSignatureId()));
        }
        return pending;
    }

    @Override
    public long pendingCount() {
        return ao.count(AuditOutboxRow.class);
    }

    @Override
    public Optional<ChainHead> head() {
        AuditEntryRow[] rows = ao.find(AuditEntryRow.class,
                Query.select(AuditEntryRow.SEQ + "," + AuditEntryRow.ENTRY_HASH).order(AuditEntryRow.SEQ + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(new ChainHead(rows[0].getSeq(), rows[0].getEntryHash()));
    }

    @Override
    public void append(AuditEntry entry, long consumedPendingId) {
        AuditRecord record = entry.record();
        Map<String, Object> row = new HashMap<>();
        row.put(AuditEntryRow.SEQ, entry.seq());
        row.put(AuditEntryRow.ENTRY_TIME, Rfc3339.format(record.time()));
        row.put(AuditEntryRow.ACTOR_KEY, record.actor().userKey());
        row.put(AuditEntryRow.ACTOR_NAME, record.actor().name());
        row.put(AuditEntryRow.ACTION_NAME, record.action());
        row.put(AuditEntryRow.OBJECT_TYPE, record.object().type());
        row.put(AuditEntryRow.OBJECT_ID, record.object().id());
        row.put(AuditEntryRow.OBJECT_VERSION, record.object().version());
        row.put(AuditEntryRow.DATA_JSON, new String(Jcs.canonicalize(record.data()), StandardCharsets.UTF_8));
        row.put(AuditEntryRow.PREV_HASH, entry.prev());
        row.put(AuditEntryRow.ENTRY_HASH, entry.hash());
        ao.create(AuditEntryRow.class, row);
        int deleted = ao.deleteWithSQL(AuditOutboxRow.class, AuditOutboxRow.ID + " = ?", consumedPendingId);
        if (deleted != 1) {
            throw new IllegalStateException("outbox record " + consumedPendingId + " was already chained");
        }
    }

    @Override
    public Optional<StoredCheckpoint> lastCheckpoint() {
        CheckpointRow[] rows = ao.find(CheckpointRow.class, Query.select().order(CheckpointRow.TREE_SIZE + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty()
                : Optional.of(new StoredCheckpoint(checkpoint(rows[0]), MerkleFrontier.parse(rows[0].getFrontier())));
    }

    @Override
    public void addCheckpoint(Checkpoint checkpoint, MerkleFrontier frontier) {
        Map<String, Object> row = new HashMap<>();
        row.put(CheckpointRow.TREE_SIZE, checkpoint.treeSize());
        row.put(CheckpointRow.ROOT_HASH, checkpoint.root());
        row.put(CheckpointRow.CHECKPOINT_TIME, Rfc3339.format(checkpoint.time()));
        row.put(CheckpointRow.KID, checkpoint.kid());
        row.put(CheckpointRow.SIG, checkpoint.sig());
        row.put(CheckpointRow.FRONTIER, frontier.toText());
        ao.create(CheckpointRow.class, row);
    }

    @Override
    public void forEachEntryLine(long from, long to, Consumer<ObjectNode> consumer) {
        ao.stream(AuditEntryRow.class, Query.select(ENTRY_COLUMNS)
                        .where(AuditEntryRow.SEQ + " >= ? AND " + AuditEntryRow.SEQ + " < ?", from, to)
                        .order(AuditEntryRow.SEQ + " ASC"),
                row -> consumer.accept(entryLine(row)));
    }

    @Override
    public void forEachCheckpoint(Consumer<Checkpoint> consumer) {
        for (CheckpointRow row : ao.find(CheckpointRow.class, Query.select().order(CheckpointRow.TREE_SIZE + " ASC"))) {
            consumer.accept(checkpoint(row));
        }
    }

    @Override
    public void forEachEntryHash(long from, long to, Consumer<String> consumer) {
        ao.stream(AuditEntryRow.class, Query.select(AuditEntryRow.SEQ + "," + AuditEntryRow.ENTRY_HASH)
                        .where(AuditEntryRow.SEQ + " >= ? AND " + AuditEntryRow.SEQ + " < ?", from, to)
                        .order(AuditEntryRow.SEQ + " ASC"),
                row -> consumer.accept(row.getEntryHash()));
    }

    @Override
    public Optional<Instant> firstEntryTime() {
        AuditEntryRow[] rows = ao.find(AuditEntryRow.class,
                Query.select(AuditEntryRow.SEQ + "," + AuditEntryRow.ENTRY_TIME).where(AuditEntryRow.SEQ + " = ?", 0L));
        return rows.length == 0 ? Optional.empty() : Optional.of(Rfc3339.parse(rows[0].getEntryTime()));
    }

    /** The entry line exactly as the columns hold it; no check here, so tampering reaches the verifier intact. */
    private static ObjectNode entryLine(AuditEntryRow row) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("kind", "entry");
        line.put("seq", row.getSeq());
        line.put("time", row.getEntryTime());
        ObjectNode actor = line.putObject("actor");
        actor.put("userKey", row.getActorKey());
        actor.put("name", row.getActorName());
        line.put("action", row.getActionName());
        ObjectNode object = line.putObject("object");
        object.put("type", row.getObjectType());
        object.put("id", row.getObjectId());
        if (row.getObjectVersion() == null) {
            object.putNull("version");
        } else {
            object.put("version", row.getObjectVersion().intValue());
        }
        line.set("data", parse(row.getDataJson()));
        line.put("prev", row.getPrevHash());
        line.put("hash", row.getEntryHash());
        return line;
    }

    private static Checkpoint checkpoint(CheckpointRow row) {
        return new Checkpoint(row.getTreeSize(), row.getRootHash(), Rfc3339.parse(row.getCheckpointTime()), row.getKid(),
                row.getSig());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(json);
        }
    }
}
