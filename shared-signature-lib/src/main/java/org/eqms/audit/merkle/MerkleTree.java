package org.eqms.audit.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;

/**
 * RFC 9162 §2.1.1 Merkle Tree Hash with SHA-256: leaf = SHA-256(0x00‖d), node =
 * SHA-256(0x01‖left‖right), MTH of no leaves = SHA-256 of the empty string, and a list of n &gt; 1
 * leaves splits at k, the largest power of two smaller than n.
 */
public final class MerkleTree {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleTree() {
    }

    /** SHA-256(0x00 ‖ data). */
    public static byte[] leafHash(byte[] data) {
        Objects.requireNonNull(data, "data");
        MessageDigest sha = sha256();
        sha.update(LEAF_PREFIX);
        sha.update(data);
        return sha.digest();
    }

    /** SHA-256(0x01 ‖ left ‖ right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        MessageDigest sha = sha256();
        sha.update(NODE_PREFIX);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** MTH(D[n]) over the leaf data (not leaf hashes). */
    public static byte[] root(List<byte[]> leafData) {
        Objects.requireNonNull(leafData, "leafData");
        if (leafData.isEmpty()) {
            return sha256().digest();
        }
        return subtreeRoot(leafData, 0, leafData.size());
    }

    /** MTH of leafData[from, to), to &gt; from. */
    static byte[] subtreeRoot(List<byte[]> leafData, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leafHash(leafData.get(from));
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtreeRoot(leafData, from, from + k), subtreeRoot(leafData, from + k, to));
    }

    /** The largest power of two strictly smaller than n, for n &gt; 1. */
    static int largestPowerOfTwoBelow(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be > 1: " + n);
        }
        return Integer.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
