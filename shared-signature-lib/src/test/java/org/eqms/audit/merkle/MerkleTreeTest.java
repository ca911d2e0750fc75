package org.eqms.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.eqms.audit.canonical.Hex;
import org.junit.jupiter.api.Test;

/**
 * Certificate Transparency reference vectors (RFC 6962 / RFC 9162 hashing), as published in
 * transparency-dev/merkle proof/verify_test.go and certificate-transparency-go.
 */
class MerkleTreeTest {

    static final List<byte[]> CT_LEAVES = Stream.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f")
            .map(Hex::decode).collect(Collectors.toUnmodifiableList());

    /** Root of the first n CT leaves, n = 1..8. */
    static final List<String> CT_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static final String EMPTY_ROOT = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void root_of_no_leaves_is_sha256_of_the_empty_string() {
        assertThat(Hex.encode(MerkleTree.root(List.of()))).isEqualTo(EMPTY_ROOT);
        assertThat(Hex.encode(new IncrementalMerkleRoot().root())).isEqualTo(EMPTY_ROOT);
    }

    @Test
    void roots_of_the_first_n_ct_leaves_match_the_reference_for_n_1_to_8() {
        for (int n = 1; n <= 8; n++) {
            assertThat(Hex.encode(MerkleTree.root(CT_LEAVES.subList(0, n))))
                    .as("root of %d leaves", n)
                    .isEqualTo(CT_ROOTS.get(n - 1));
        }
    }

    @Test
    void leaf_hash_prefixes_0x00_and_the_single_leaf_tree_is_its_leaf_hash() {
        // The one-leaf root over the empty leaf is SHA-256(0x00).
        assertThat(Hex.encode(MerkleTree.leafHash(new byte[0]))).isEqualTo(CT_ROOTS.get(0));
    }

    @Test
    void node_hash_prefixes_0x01() {
        byte[] l = MerkleTree.leafHash(CT_LEAVES.get(0));
        byte[] r = MerkleTree.leafHash(CT_LEAVES.get(1));
        assertThat(Hex.encode(MerkleTree.nodeHash(l, r))).isEqualTo(CT_ROOTS.get(1));
    }

    @Test
    void incremental_root_matches_the_reference_after_every_ct_leaf() {
        IncrementalMerkleRoot incremental = new IncrementalMerkleRoot();
        for (int n = 1; n <= 8; n++) {
            incremental.add(CT_LEAVES.get(n - 1));
            assertThat(incremental.size()).isEqualTo(n);
            assertThat(Hex.encode(incremental.root())).as("root of %d leaves", n).isEqualTo(CT_ROOTS.get(n - 1));
        }
    }

    @Property(tries = 100)
    void incremental_root_equals_mth_for_every_size(@ForAll @IntRange(min = 0, max = 300) int n) {
        List<byte[]> leaves = new ArrayList<>();
        IncrementalMerkleRoot incremental = new IncrementalMerkleRoot();
        for (int i = 0; i < n; i++) {
            byte[] leaf = {(byte) i, (byte) (i >>> 8), (byte) n};
            leaves.add(leaf);
            incremental.add(leaf);
        }
        assertThat(incremental.size()).isEqualTo(n);
        assertThat(incremental.root()).isEqualTo(MerkleTree.root(leaves));
    }

    @Test
    void incremental_root_equals_mth_at_every_prefix_up_to_300() {
        List<byte[]> leaves = new ArrayList<>();
        IncrementalMerkleRoot incremental = new IncrementalMerkleRoot();
        for (int i = 0; i < 300; i++) {
            byte[] leaf = org.eqms.audit.canonical.Sha256.digest(new byte[] {(byte) i, (byte) (i >>> 8)});
            leaves.add(leaf);
            incremental.add(leaf);
            assertThat(incremental.root()).as("size %d", i + 1).isEqualTo(MerkleTree.root(leaves));
        }
    }
}
