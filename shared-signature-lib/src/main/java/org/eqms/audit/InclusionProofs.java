package org.eqms.audit;

import org.eqms.audit.canonical.Hex;
import org.eqms.audit.merkle.InclusionProof;

import java.util.ArrayList;
import java.util.List;

/** Makes {@link EntryInclusionProof}s from the stored chain against a stored checkpoint. */
public final class InclusionProofs {
    private final LedgerStore store;

    public InclusionProofs(LedgerStore store) {
        this.store = store;
    }

    /** Proof of entry {@code seq} against the first checkpoint that covers it. */
    public EntryInclusionProof prove(long seq) {
        Checkpoint[] covering = {null};
        store.forEachCheckpoint(c -> {
            if (covering[0] == null && c.treeSize() > seq) {
                covering[0] = c;
            }
        });
        if (covering[0] == null) {
            throw new IllegalArgumentException("no checkpoint covers entry " + seq + " yet");
        }
        return prove(seq, covering[0]);
    }

    public EntryInclusionProof prove(long seq, Checkpoint checkpoint) {
        if (seq < 0 || seq >= checkpoint.treeSize()) {
            throw new IllegalArgumentException("entry " + seq + " is not in a tree of " + checkpoint.treeSize());
        }
        if (checkpoint.treeSize() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("tree too large for an in-memory proof");
        }
        List<byte[]> leaves = new ArrayList<>((int) checkpoint.treeSize());
        store.forEachEntryHash(0, checkpoint.treeSize(), hash -> leaves.add(Hex.decode(hash)));
        List<String> path = InclusionProof.create((int) seq, leaves).stream().map(Hex::encode).toList();
        return new EntryInclusionProof(seq, Hex.encode(leaves.get((int) seq)), checkpoint.treeSize(), checkpoint.root(), path);
    }
}
