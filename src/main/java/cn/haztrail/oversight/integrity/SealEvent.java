package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;

import java.util.Optional;

/** A stored seal event as read (revision 1 upcast): its row and its payload. */
record SealEvent(StoredEvent event, IntegritySealed sealed) {

    String id() {
        return event.eventIdentifier();
    }

    /** Stored before seals were chained: its root is its Merkle root, and it names every stream's head. */
    boolean legacy() {
        return IntegritySealedUpcaster.LEGACY_REVISION.equals(event.payloadRevision());
    }

    /** The seal's own check: its Merkle root is the root of the heads it names, its root that root chained. */
    Optional<IntegrityFailure> verifyRoots() {
        if (sealed.headCount() != sealed.heads().size()
                || !MerkleTree.root(sealed.heads()).equals(sealed.merkleRoot())) {
            return Optional.of(IntegrityFailure.at(event, FailureReason.SEAL_INVALID,
                    "the Merkle root is not the root of the heads the seal lists"));
        }
        String root = legacy() ? sealed.merkleRoot() : MerkleTree.link(sealed.previousRoot(), sealed.merkleRoot());
        return root.equals(sealed.root()) ? Optional.empty() : Optional.of(IntegrityFailure.at(event,
                FailureReason.SEAL_INVALID, "the root is not the previous seal's root chained to the Merkle root"));
    }
}
