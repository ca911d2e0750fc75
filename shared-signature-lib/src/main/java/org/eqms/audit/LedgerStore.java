package org.eqms.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Port: where the chain, its outbox and its checkpoints are kept. Entries and checkpoints are only inserted.
 * The store enforces one entry per seq and one successor per hash (UNIQUE) as the last line of defence
 * behind the ledger lock.
 */
public interface LedgerStore {

    /** Adds a committed-with-the-business-data record to the outbox. */
    void addPending(AuditRecord record, String signatureId);

    List<PendingRecord> oldestPending(int limit);

    long pendingCount();

    Optional<ChainHead> head();

    /** Inserts {@code entry} and deletes the outbox row it was made from. */
    void append(AuditEntry entry, long consumedPendingId);

    Optional<StoredCheckpoint> lastCheckpoint();

    void addCheckpoint(Checkpoint checkpoint, MerkleFrontier frontier);

    /**
     * Entries with {@code from <= seq < to}, in seq order, as their {@code entry} lines built from exactly what is
     * stored (no validation, so a tampered row reaches the verifier as it is).
     */
    void forEachEntryLine(long from, long to, Consumer<ObjectNode> consumer);

    /** Every checkpoint, by tree size. */
    void forEachCheckpoint(Consumer<Checkpoint> consumer);

    /** The entry hashes (hex) with {@code from <= seq < to}, in seq order. */
    void forEachEntryHash(long from, long to, Consumer<String> consumer);

    /** Time of entry 0, if the chain has started. */
    Optional<java.time.Instant> firstEntryTime();

    record StoredCheckpoint(Checkpoint checkpoint, MerkleFrontier frontier) {
    }
}
