package org.eqms.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.audit.merkle.MerkleTreeTest.CT_LEAVES;
import static org.eqms.audit.merkle.MerkleTreeTest.CT_ROOTS;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.eqms.audit.canonical.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inclusion-proof vectors from transparency-dev/merkle proof/verify_test.go (there 1-based leaf
 * numbers 1, 6, 3, 2; here 0-based indices 0, 5, 2, 1).
 */
class InclusionProofTest {

    static Stream<Arguments> ctInclusionVectors() {
        return Stream.of(
                Arguments.of(0, 8, List.of(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(5, 8, List.of(
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(2, 3, List.of(
                        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
                Arguments.of(1, 5, List.of(
                        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));
    }

    @ParameterizedTest
    @MethodSource("ctInclusionVectors")
    void creates_the_reference_audit_path(int index, int size, List<String> expectedPath) {
        List<byte[]> path = InclusionProof.create(index, CT_LEAVES.subList(0, size));
        assertThat(path.stream().map(Hex::encode)).containsExactlyElementsOf(expectedPath);
    }

    @ParameterizedTest
    @MethodSource("ctInclusionVectors")
    void verifies_the_reference_audit_path(int index, int size, List<String> expectedPath) {
        List<byte[]> path = expectedPath.stream().map(Hex::decode).toList();
        byte[] leafHash = MerkleTree.leafHash(CT_LEAVES.get(index));
        byte[] root = Hex.decode(CT_ROOTS.get(size - 1));

        assertThat(InclusionProof.verify(index, size, leafHash, path, root)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("ctInclusionVectors")
    void refuses_every_corruption_of_a_reference_proof(int index, int size, List<String> expectedPath) {
        List<byte[]> path = expectedPath.stream().map(Hex::decode).toList();
        byte[] leafHash = MerkleTree.leafHash(CT_LEAVES.get(index));
        byte[] root = Hex.decode(CT_ROOTS.get(size - 1));
        byte[] someHash = Hex.decode("abacaba000000000000000000000000000000000000000000060061e00123456");

        assertThat(InclusionProof.verify(index - 1, size, leafHash, path, root)).as("index - 1").isFalse();
        assertThat(InclusionProof.verify(index + 1, size, leafHash, path, root)).as("index + 1").isFalse();
        assertThat(InclusionProof.verify(index ^ 2, size, leafHash, path, root)).as("index ^ 2").isFalse();
        assertThat(InclusionProof.verify(index, size * 2L, leafHash, path, root)).as("size * 2").isFalse();
        assertThat(InclusionProof.verify(index, size / 2, leafHash, path, root)).as("size / 2").isFalse();
        assertThat(InclusionProof.verify(index, size, "WrongLeaf".getBytes(), path, root)).as("wrong leaf").isFalse();
        assertThat(InclusionProof.verify(index, size, leafHash, path, Hex.decode(MerkleTreeTest.EMPTY_ROOT)))
                .as("empty root").isFalse();
        assertThat(InclusionProof.verify(index, size, leafHash, path, someHash)).as("random root").isFalse();
        assertThat(InclusionProof.verify(index, size, leafHash, append(path, new byte[0]), root))
                .as("trailing garbage").isFalse();
        assertThat(InclusionProof.verify(index, size, leafHash, append(path, root), root))
                .as("trailing root").isFalse();
        assertThat(InclusionProof.verify(index, size, leafHash, prepend(path, new byte[0]), root))
                .as("preceding garbage").isFalse();
        assertThat(InclusionProof.verify(index, size, leafHash, prepend(path, root), root))
                .as("preceding root").isFalse();
        assertThat(InclusionProof.verify(index, size, leafHash, path.subList(0, path.size() - 1), root))
                .as("removed component").isFalse();
        for (int i = 0; i < path.size(); i++) {
            List<byte[]> flipped = new ArrayList<>(path);
            byte[] changed = path.get(i).clone();
            changed[0] ^= 8;
            flipped.set(i, changed);
            assertThat(InclusionProof.verify(index, size, leafHash, flipped, root)).as("bit flip in %d", i).isFalse();
        }
    }

    @Test
    void single_leaf_tree_has_an_empty_path_and_the_root_is_the_leaf_hash() {
        byte[] leafHash = MerkleTree.leafHash("data".getBytes());
        assertThat(InclusionProof.create(0, List.of("data".getBytes()))).isEmpty();
        assertThat(InclusionProof.verify(0, 1, leafHash, List.of(), leafHash)).isTrue();
        assertThat(InclusionProof.verify(0, 1, leafHash, List.of(), new byte[0])).isFalse();
        assertThat(InclusionProof.verify(0, 1, new byte[0], List.of(), leafHash)).isFalse();
    }

    @Test
    void out_of_range_indices_and_sizes_do_not_verify() {
        byte[] someHash = Hex.decode("abacaba000000000000000000000000000000000000000000060061e00123456");
        byte[] empty = Hex.decode(MerkleTreeTest.EMPTY_ROOT);
        for (long[] p : new long[][] {{0, 0}, {1, 0}, {2, 1}, {-1, 4}}) {
            assertThat(InclusionProof.verify(p[0], p[1], someHash, List.of(), empty)).isFalse();
            assertThat(InclusionProof.verify(p[0], p[1], someHash, List.of(), someHash)).isFalse();
        }
        assertThatThrownBy(() -> InclusionProof.create(3, CT_LEAVES.subList(0, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InclusionProof.create(-1, CT_LEAVES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_proof_verifies_in_every_tree_up_to_64_leaves() {
        for (int n = 1; n <= 64; n++) {
            List<byte[]> leaves = leaves(n, 0);
            byte[] root = MerkleTree.root(leaves);
            for (int i = 0; i < n; i++) {
                List<byte[]> path = InclusionProof.create(i, leaves);
                assertThat(InclusionProof.verify(i, n, MerkleTree.leafHash(leaves.get(i)), path, root))
                        .as("leaf %d of %d", i, n).isTrue();
            }
        }
    }

    @Property(tries = 25)
    void every_index_proves_and_a_changed_leaf_does_not(
            @ForAll @IntRange(min = 1, max = 300) int n, @ForAll byte salt) {
        List<byte[]> leaves = leaves(n, salt);
        byte[] root = MerkleTree.root(leaves);
        for (int i = 0; i < n; i++) {
            List<byte[]> path = InclusionProof.create(i, leaves);
            byte[] leaf = leaves.get(i);
            assertThat(InclusionProof.verify(i, n, MerkleTree.leafHash(leaf), path, root)).isTrue();

            byte[] changed = leaf.clone();
            changed[changed.length - 1] ^= 1;
            assertThat(InclusionProof.verify(i, n, MerkleTree.leafHash(changed), path, root)).isFalse();
        }
    }

    private static List<byte[]> leaves(int n, int salt) {
        List<byte[]> leaves = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            leaves.add(new byte[] {(byte) salt, (byte) i, (byte) (i >>> 8)});
        }
        return leaves;
    }

    private static List<byte[]> append(List<byte[]> path, byte[] extra) {
        List<byte[]> out = new ArrayList<>(path);
        out.add(extra);
        return out;
    }

    private static List<byte[]> prepend(List<byte[]> path, byte[] extra) {
        List<byte[]> out = new ArrayList<>();
        out.add(extra);
        out.addAll(path);
        return out;
    }
}
