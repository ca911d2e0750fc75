package org.eqms.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.canonical.Hex;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.audit.keys.LedgerKeys;
import org.eqms.audit.keys.LedgerSigningKey;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The single writer of a ledger: under the ledger lock, links committed outbox records into the hash chain
 * in batches (one transaction per batch) and writes signed Merkle checkpoints (DESIGN §6). Chain order is
 * sequencing order. A crash between batches loses nothing: unlinked records stay in the outbox.
 */
public final class LedgerSequencer {
    static final int BATCH = 500;
    /** Attempts of one sequencer transaction that the database rolled back as a transient conflict. */
    static final int ATTEMPTS = 10;

    private final LedgerStore store;
    private final Transactions transactions;
    private final LedgerLock lock;
    private final LedgerKeys keys;
    private final Clock clock;
    private final CheckpointPolicy policy;
    private final ChainedRecordListener listener;

    public LedgerSequencer(LedgerStore store, Transactions transactions, LedgerLock lock, LedgerKeys keys, Clock clock,
                           CheckpointPolicy policy, ChainedRecordListener listener) {
        this.store = store;
        this.transactions = transactions;
        this.lock = lock;
        this.keys = keys;
        this.clock = clock;
        this.policy = policy;
        this.listener = listener;
    }

    /** Links every pending record; returns how many were linked. Also writes a checkpoint if one is due by age. */
    public int drain() {
        return lock.withLock(() -> {
            int linked = 0;
            int batch;
            do {
                batch = retryingConflicts(this::linkBatch);
                linked += batch;
            } while (batch == BATCH);
            retryingConflicts(this::checkpointIfDueByAge);
            return linked;
        });
    }

    /** Links everything pending and writes a checkpoint covering the whole chain (as every export needs). */
    public Optional<Checkpoint> checkpointNow() {
        return lock.withLock(() -> {
            drain();
            return transactions.inTransaction(() -> {
                long size = store.head().map(ChainHead::size).orElse(0L);
                Optional<LedgerStore.StoredCheckpoint> last = store.lastCheckpoint();
                if (last.isPresent() && last.get().checkpoint().treeSize() == size) {
                    return Optional.of(last.get().checkpoint());
                }
                if (size == 0) {
                    return Optional.<Checkpoint>empty();
                }
                return Optional.of(writeCheckpoint(frontierAt(size, last)));
            });
        });
    }

    /** Writes a checkpoint if the newest one is older than the policy's age; for the host's timer. */
    public boolean checkpointIfDue() {
        return lock.withLock(() -> transactions.inTransaction(this::checkpointIfDueByAge));
    }

    /**
     * Runs one sequencer transaction, again if the database rolled it back as a transient conflict (e.g. a
     * serialization failure against the business transactions inserting into the outbox at the same time): the
     * records are already committed, so the caller that flushes must not see that conflict. Each attempt re-reads
     * the outbox and the chain head, so a retry never links a record twice.
     */
    private <T> T retryingConflicts(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(work);
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !transactions.isTransientConflict(failure)) {
                    throw failure;
                }
                try {
                    Thread.sleep(attempt * 5L);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    private int linkBatch() {
        List<PendingRecord> pending = store.oldestPending(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        Optional<ChainHead> head = store.head();
        long seq = head.map(ChainHead::size).orElse(0L);
        String prev = head.map(ChainHead::hash).orElse(AuditEntry.GENESIS_PREV);
        Optional<LedgerStore.StoredCheckpoint> last = store.lastCheckpoint();
        MerkleFrontier frontier = null;
        for (PendingRecord record : pending) {
            AuditEntry entry = AuditEntry.chain(seq, prev, record.record());
            store.append(entry, record.id());
            if (record.signatureId() != null) {
                listener.onChained(entry, record.signatureId());
            }
            if (frontier != null) {
                frontier = frontier.append(Hex.decode(entry.hash()));
            }
            seq++;
            prev = entry.hash();
            if (policy.dueAtSize(seq)) {
                frontier = frontier != null ? frontier : frontierAt(seq, last);
                writeCheckpoint(frontier);
                last = store.lastCheckpoint();
            }
        }
        return pending.size();
    }

    private boolean checkpointIfDueByAge() {
        long size = store.head().map(ChainHead::size).orElse(0L);
        Optional<LedgerStore.StoredCheckpoint> last = store.lastCheckpoint();
        long covered = last.map(c -> c.checkpoint().treeSize()).orElse(0L);
        Instant lastCovered = last.map(c -> c.checkpoint().time()).or(store::firstEntryTime).orElse(null);
        if (!policy.dueByAge(size - covered, lastCovered, clock.instant())) {
            return false;
        }
        writeCheckpoint(frontierAt(size, last));
        return true;
    }

    /** The Merkle frontier at {@code size}, extended from the last checkpoint's frontier by the entries since. */
    private MerkleFrontier frontierAt(long size, Optional<LedgerStore.StoredCheckpoint> last) {
        MerkleFrontier start = last.map(LedgerStore.StoredCheckpoint::frontier).orElse(MerkleFrontier.empty());
        MerkleFrontier[] frontier = {start};
        store.forEachEntryHash(start.size(), size, hash -> frontier[0] = frontier[0].append(Hex.decode(hash)));
        if (frontier[0].size() != size) {
            throw new IllegalStateException("ledger has a gap: read " + frontier[0].size() + " hashes, expected " + size);
        }
        return frontier[0];
    }

    private Checkpoint writeCheckpoint(MerkleFrontier frontier) {
        LedgerSigningKey key = keys.activeKey();
        Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String root = Hex.encode(frontier.root());
        ObjectNode unsigned = Checkpoint.unsigned(frontier.size(), root, time, key.kid());
        String sig = key.seal(AuditJson.bytesToSeal(unsigned));
        Checkpoint checkpoint = new Checkpoint(frontier.size(), root, Rfc3339.parse(Rfc3339.format(time)), key.kid(), sig);
        store.addCheckpoint(checkpoint, frontier);
        return checkpoint;
    }
}
