package org.eqms.audit;

import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.canonical.Hex;
import org.eqms.audit.keys.Ed25519;
import org.eqms.audit.keys.LedgerPublicKey;
import org.eqms.audit.merkle.InclusionProof;
import org.eqms.audit.merkle.MerkleTree;

import java.util.List;

/**
 * RFC 9162 §2.1.3 proof that entry {@code seq} (its hash {@code entryHash}) is leaf {@code seq} of the Merkle
 * tree a signed checkpoint of {@code treeSize} entries commits to: one entry can be proven without the log.
 */
public record EntryInclusionProof(long seq, String entryHash, long treeSize, String root, List<String> path) {

    public EntryInclusionProof {
        path = List.copyOf(path);
    }

    /** True when the path leads from the entry hash to {@code root}. */
    public boolean leadsToRoot() {
        try {
            return InclusionProof.verify(seq, treeSize, MerkleTree.leafHash(Hex.decode(entryHash)),
                    path.stream().map(Hex::decode).toList(), Hex.decode(root));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when the proof holds and {@code checkpoint} is a genuine checkpoint, signed by {@code key}, of this tree. */
    public boolean provenBy(Checkpoint checkpoint, LedgerPublicKey key) {
        return checkpoint.treeSize() == treeSize && checkpoint.root().equals(root) && key.kid().equals(checkpoint.kid())
                && key.validAt(checkpoint.time())
                && Ed25519.verify(key.publicKey(), AuditJson.bytesToSeal(checkpoint.toJson()), Base64Url.decode(checkpoint.sig()))
                && leadsToRoot();
    }
}
