package org.eqms.audit;

import org.eqms.audit.export.ExportProgress;
import org.eqms.audit.export.SignatureLineSource;
import org.eqms.audit.keys.LedgerKeys;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Verifies the ledger in the database by streaming it through {@link LedgerVerifier} exactly as an export
 * would be read: entries in seq order with their checkpoints, then the sealed signatures. The newest entries
 * may not be checkpointed yet; a checkpoint covering more entries than exist reports truncation.
 */
public final class StoredLedgerVerifier {
    private final LedgerStore store;
    private final LedgerKeys keys;
    private final SignatureLineSource signatures;
    private final int checkpointInterval;

    public StoredLedgerVerifier(LedgerStore store, LedgerKeys keys, SignatureLineSource signatures, int checkpointInterval) {
        this.checkpointInterval = checkpointInterval;
        this.store = store;
        this.keys = keys;
        this.signatures = signatures;
    }

    public VerificationResult verify() {
        return verify(ExportProgress.SILENT);
    }

    public VerificationResult verify(ExportProgress progress) {
        LedgerVerifier verifier = new LedgerVerifier(keys.publicKeys(), false);
        verifier.requireCheckpointEvery(checkpointInterval);
        List<Checkpoint> checkpoints = new ArrayList<>();
        try {
            store.forEachCheckpoint(checkpoints::add);
        } catch (IllegalArgumentException e) {
            // a row the store cannot even turn into a checkpoint (e.g. its time is not RFC 3339) was tampered with
            verifier.malformed("a stored checkpoint cannot be read: " + e.getMessage());
            return verifier.finish();
        }
        Iterator<Checkpoint> pending = checkpoints.iterator();
        Checkpoint[] next = {pending.hasNext() ? pending.next() : null};
        store.forEachEntryLine(0, Long.MAX_VALUE, line -> {
            verifier.entry(line);
            long seen = verifier.entriesSeen();
            while (next[0] != null && next[0].treeSize() <= seen) {
                verifier.checkpoint(next[0].toJson());
                next[0] = pending.hasNext() ? pending.next() : null;
            }
            if (seen % 10_000 == 0) {
                progress.entries(seen, -1);
            }
        });
        while (next[0] != null) {
            verifier.checkpoint(next[0].toJson());
            next[0] = pending.hasNext() ? pending.next() : null;
        }
        try {
            signatures.forEachSealed(Long.MAX_VALUE, verifier::signature);
        } catch (IllegalArgumentException e) {
            // likewise a signature row that is no longer a signature record (empty type, time not RFC 3339, ...)
            verifier.malformed("a stored signature record cannot be read: " + e.getMessage());
        }
        return verifier.finish();
    }
}
