package org.eqms.audit;

import org.eqms.audit.canonical.Hex;
import org.eqms.audit.merkle.MerkleTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The roots of the complete subtrees of an RFC 9162 Merkle tree of {@code size} leaves (one per set bit of
 * {@code size}, largest first). Enough to extend the tree and compute its root without re-reading old leaves.
 */
public final class MerkleFrontier {
    private final long size;
    private final List<byte[]> subtreeRoots;

    private MerkleFrontier(long size, List<byte[]> subtreeRoots) {
        if (Long.bitCount(size) != subtreeRoots.size()) {
            throw new IllegalArgumentException("a frontier of size " + size + " has " + Long.bitCount(size)
                    + " subtree roots, not " + subtreeRoots.size());
        }
        this.size = size;
        this.subtreeRoots = List.copyOf(subtreeRoots);
    }

    public static MerkleFrontier empty() {
        return new MerkleFrontier(0, List.of());
    }

    public long size() {
        return size;
    }

    /** The frontier after appending a leaf whose entry data (the 32 raw bytes of the entry hash) is {@code leafData}. */
    public MerkleFrontier append(byte[] leafData) {
        List<byte[]> roots = new ArrayList<>(subtreeRoots);
        byte[] carry = MerkleTree.leafHash(leafData);
        long newSize = size + 1;
        // Each trailing one-bit of the old size is a complete subtree the new leaf completes into a bigger one.
        for (long bits = size; (bits & 1) == 1; bits >>>= 1) {
            carry = MerkleTree.nodeHash(roots.remove(roots.size() - 1), carry);
        }
        roots.add(carry);
        return new MerkleFrontier(newSize, roots);
    }

    /** The Merkle Tree Hash of all leaves so far; SHA-256 of the empty string for no leaves. */
    public byte[] root() {
        if (size == 0) {
            return MerkleTree.root(List.of());
        }
        byte[] root = subtreeRoots.get(subtreeRoots.size() - 1);
        for (int i = subtreeRoots.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(subtreeRoots.get(i), root);
        }
        return root;
    }

    /** {@code size:hex,hex,...}, the stored form. */
    public String toText() {
        StringBuilder text = new StringBuilder().append(size).append(':');
        for (int i = 0; i < subtreeRoots.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(Hex.encode(subtreeRoots.get(i)));
        }
        return text.toString();
    }

    public static MerkleFrontier parse(String text) {
        Objects.requireNonNull(text, "frontier");
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("frontier has no size: " + text);
        }
        long size = Long.parseLong(text.substring(0, colon));
        String rest = text.substring(colon + 1);
        List<byte[]> roots = new ArrayList<>();
        if (!rest.isEmpty()) {
            for (String hex : rest.split(",", -1)) {
                roots.add(Hex.decode(hex));
            }
        }
        return new MerkleFrontier(size, roots);
    }
}
