package org.eqms.audit.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.audit.Checkpoint;
import org.eqms.audit.LedgerSequencer;
import org.eqms.audit.LedgerStore;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.keys.LedgerKeys;
import org.eqms.audit.keys.LedgerSigningKey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Streams the ledger as {@code eqms-audit-export/1} JSON Lines: header, entries in seq order with each
 * checkpoint after the entry it covers, then signatures. A checkpoint is written first, so the last one
 * covers every exported entry; entries chained while exporting are left for the next export.
 */
public final class AuditExporter {
    private static final byte NEWLINE = '\n';

    private final LedgerStore store;
    private final LedgerSequencer sequencer;
    private final LedgerKeys keys;
    private final String ledgerId;
    private final SignatureLineSource signatures;
    private final Clock clock;
    private final int checkpointInterval;

    public AuditExporter(LedgerStore store, LedgerSequencer sequencer, LedgerKeys keys, String ledgerId,
                         SignatureLineSource signatures, Clock clock, int checkpointInterval) {
        this.checkpointInterval = checkpointInterval;
        this.store = store;
        this.sequencer = sequencer;
        this.keys = keys;
        this.ledgerId = ledgerId;
        this.signatures = signatures;
        this.clock = clock;
    }

    public ExportSummary export(OutputStream out, ExportProgress progress) {
        Optional<Checkpoint> last = sequencer.checkpointNow();
        long size = last.map(Checkpoint::treeSize).orElse(0L);
        List<Checkpoint> checkpoints = new ArrayList<>();
        store.forEachCheckpoint(c -> {
            if (c.treeSize() <= size) {
                checkpoints.add(c);
            }
        });
        // the active key first: on a ledger that never sealed anything this makes its first key, which the
        // header must then list
        LedgerSigningKey headerKey = keys.activeKey();
        try {
            write(out, ExportFormat.signedHeader(ledgerId, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    keys.publicKeys(), size, checkpoints.size(), checkpointInterval, signatures.countSealed(size), headerKey));
            Iterator<Checkpoint> pendingCheckpoints = checkpoints.iterator();
            Checkpoint[] next = {pendingCheckpoints.hasNext() ? pendingCheckpoints.next() : null};
            long[] written = {0};
            store.forEachEntryLine(0, size, entry -> {
                if (progress.cancelled()) {
                    throw new ExportCancelledException(written[0]);
                }
                write(out, entry);
                written[0]++;
                while (next[0] != null && next[0].treeSize() == written[0]) {
                    write(out, next[0].toJson());
                    next[0] = pendingCheckpoints.hasNext() ? pendingCheckpoints.next() : null;
                }
                if (written[0] % 10_000 == 0) {
                    progress.entries(written[0], size);
                }
            });
            long[] signatureCount = {0};
            signatures.forEachSealed(size, line -> {
                write(out, line);
                signatureCount[0]++;
            });
            out.flush();
            progress.entries(written[0], size);
            return new ExportSummary(written[0], checkpoints.size(), signatureCount[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, JsonNode line) {
        try {
            out.write(Jcs.canonicalize(line));
            out.write(NEWLINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record ExportSummary(long entries, long checkpoints, long signatures) {
    }
}
