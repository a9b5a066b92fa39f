package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.SealedHead;
import cn.haztrail.shared.axon.integrity.CanonicalForm;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seal's Merkle root as the README defines it: prefixed leaves and nodes, an odd node moving up unchanged. */
class MerkleTreeTest {

    private static final SealedHead A = new SealedHead("a", 0, "aa");
    private static final SealedHead B = new SealedHead("b", 4, "bb");
    private static final SealedHead C = new SealedHead("c", 1, null);

    private static byte[] leaf(SealedHead head) {
        return CanonicalForm.sha256(new byte[]{0}, MerkleTree.leaf(head));
    }

    private static byte[] node(byte[] left, byte[] right) {
        return CanonicalForm.sha256(new byte[]{1}, left, right);
    }

    @Test
    void R23_three_heads_make_a_root_over_a_pair_and_the_odd_one() {
        String expected = HexFormat.of().formatHex(node(node(leaf(A), leaf(B)), leaf(C)));

        assertThat(MerkleTree.root(List.of(A, B, C))).isEqualTo(expected);
        assertThat(new String(MerkleTree.leaf(B))).isEqualTo("haztrail-seal-leaf/1\n1:b\n1:4\n2:bb\n");
    }

    @Test
    void R23_one_head_is_its_own_leaf_and_no_heads_hash_nothing() {
        assertThat(MerkleTree.root(List.of(A))).isEqualTo(HexFormat.of().formatHex(leaf(A)));
        assertThat(MerkleTree.root(List.of()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void R23_changing_or_dropping_any_head_changes_the_root() {
        String root = MerkleTree.root(List.of(A, B, C));

        assertThat(MerkleTree.root(List.of(A, B))).isNotEqualTo(root);
        assertThat(MerkleTree.root(List.of(A, new SealedHead("b", 3, "bb"), C))).isNotEqualTo(root);
    }
}
