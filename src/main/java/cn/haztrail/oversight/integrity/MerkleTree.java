package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.SealedHead;
import cn.haztrail.shared.axon.integrity.CanonicalForm;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle root of a seal's heads, as documented in the README: a leaf is SHA-256 of 0x00 and the head's canonical
 * form, an inner node SHA-256 of 0x01 and its two children's digests; an odd node at the end of a level moves up
 * unchanged. Prefixes keep a leaf from ever passing for a node. No heads: SHA-256 of nothing. A seal's root links its
 * Merkle root to the previous seal's root: SHA-256 of 0x02 and the canonical form of both (the previous one absent for
 * the first seal), so the latest root vouches for every seal before it.
 */
final class MerkleTree {

    static final String LEAF_VERSION = "haztrail-seal-leaf/1";
    static final String LINK_VERSION = "haztrail-seal-link/1";
    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};
    private static final byte[] LINK = {0x02};

    private MerkleTree() {
    }

    static String root(List<SealedHead> heads) {
        List<byte[]> level = new ArrayList<>();
        for (SealedHead head : heads) {
            level.add(CanonicalForm.sha256(LEAF, leaf(head)));
        }
        if (level.isEmpty()) {
            return HexFormat.of().formatHex(CanonicalForm.sha256());
        }
        while (level.size() > 1) {
            List<byte[]> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? CanonicalForm.sha256(NODE, level.get(i), level.get(i + 1))
                        : level.get(i));
            }
            level = next;
        }
        return HexFormat.of().formatHex(level.get(0));
    }

    static byte[] leaf(SealedHead head) {
        return CanonicalForm.version(LEAF_VERSION).field(head.streamId()).field(head.sequence()).field(head.hash())
                .bytes();
    }

    /** A seal's root: its Merkle root chained to the previous seal's root (null for the first seal). */
    static String link(String previousRoot, String merkleRoot) {
        return HexFormat.of().formatHex(CanonicalForm.sha256(LINK, CanonicalForm.version(LINK_VERSION)
                .field(previousRoot).field(merkleRoot).bytes()));
    }
}
