package org.eqms.audit.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The RFC 9162 Merkle Tree Hash of a growing list of leaves, computed as leaves arrive, keeping only
 * the roots of the complete (power-of-two) subtrees: at most log2(n)+1 hashes. The root for any n
 * equals {@link MerkleTree#root(List)} of the same leaves.
 */
public final class IncrementalMerkleRoot {

    /** Roots of complete subtrees, largest (leftmost) first; sizes follow the set bits of size. */
    private final List<byte[]> stack = new ArrayList<>();
    private long size;

    public void add(byte[] leafData) {
        Objects.requireNonNull(leafData, "leafData");
        byte[] hash = MerkleTree.leafHash(leafData);
        // Each trailing set bit of the old size is a complete subtree of equal height to merge with.
        for (long s = size; (s & 1) == 1; s >>>= 1) {
            hash = MerkleTree.nodeHash(stack.remove(stack.size() - 1), hash);
        }
        stack.add(hash);
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of all leaves added so far; SHA-256 of the empty string when none. */
    public byte[] root() {
        if (stack.isEmpty()) {
            return MerkleTree.sha256().digest();
        }
        // The rightmost (smallest) subtrees fold first: MTH splits at the largest power of two.
        byte[] hash = stack.get(stack.size() - 1);
        for (int i = stack.size() - 2; i >= 0; i--) {
            hash = MerkleTree.nodeHash(stack.get(i), hash);
        }
        return hash.clone();
    }
}
