package org.eqms.audit.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** RFC 9162 §2.1.3 Merkle inclusion proofs: creating the audit path and verifying it. */
public final class InclusionProof {

    private InclusionProof() {
    }

    /**
     * RFC 9162 §2.1.3.1 PATH(m, D[n]): the audit path for leaf {@code index} in the tree of all
     * {@code leafData}, nearest sibling first.
     *
     * @throws IllegalArgumentException unless 0 &le; index &lt; n
     */
    public static List<byte[]> create(int index, List<byte[]> leafData) {
        Objects.requireNonNull(leafData, "leafData");
        if (index < 0 || index >= leafData.size()) {
            throw new IllegalArgumentException(
                    "Leaf index " + index + " outside tree of size " + leafData.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(index, leafData, 0, leafData.size(), path);
        return path;
    }

    /** PATH(m, D[from:to]), appended innermost first (the recursion is written outermost-last). */
    private static void path(int m, List<byte[]> leafData, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = MerkleTree.largestPowerOfTwoBelow(n);
        if (m < k) {
            // PATH(m, D[0:k]) : MTH(D[k:n])
            path(m, leafData, from, from + k, out);
            out.add(MerkleTree.subtreeRoot(leafData, from + k, to));
        } else {
            // PATH(m - k, D[k:n]) : MTH(D[0:k])
            path(m - k, leafData, from + k, to, out);
            out.add(MerkleTree.subtreeRoot(leafData, from, from + k));
        }
    }

    /**
     * RFC 9162 §2.1.3.2, step by step: true only when {@code path} proves that {@code leafHash} is
     * leaf {@code index} of the tree of {@code treeSize} leaves whose root is {@code root}.
     * Malformed input (nulls, negative sizes) gives false.
     */
    public static boolean verify(long index, long treeSize, byte[] leafHash, List<byte[]> path,
            byte[] root) {
        if (leafHash == null || path == null || root == null || index < 0 || treeSize < 0) {
            return false;
        }
        // 1. If leaf_index is greater than or equal to tree_size, fail.
        if (index >= treeSize) {
            return false;
        }
        // 2. Set fn to leaf_index and sn to tree_size - 1.
        long fn = index;
        long sn = treeSize - 1;
        // 3. Set r to hash.
        byte[] r = leafHash;
        // 4. For each value p in the inclusion_path array:
        for (byte[] p : path) {
            if (p == null) {
                return false;
            }
            // a. If sn is 0, stop the iteration and fail.
            if (sn == 0) {
                return false;
            }
            // b. If LSB(fn) is set, or if fn is equal to sn, then:
            if ((fn & 1) == 1 || fn == sn) {
                // i. Set r to HASH(0x01 || p || r).
                r = MerkleTree.nodeHash(p, r);
                // ii. If LSB(fn) is not set, right-shift both fn and sn equally until either
                //     LSB(fn) is set or fn is 0.
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                // Otherwise: Set r to HASH(0x01 || r || p).
                r = MerkleTree.nodeHash(r, p);
            }
            // c. Finally, right-shift both fn and sn one time.
            fn >>>= 1;
            sn >>>= 1;
        }
        // 5. Compare sn to 0. Compare r against the root_hash. If sn is equal to 0 and r and the
        //    root_hash are equal, the log has proven the inclusion of hash.
        return sn == 0 && MessageDigest.isEqual(r, root);
    }
}
