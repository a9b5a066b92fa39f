package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.oversight.integrity.api.SealedHead;

import java.time.Instant;
import java.util.Optional;

/** A stored seal: its row and its payload. */
record Seal(StoredEvent event, IntegritySealed sealed) {

    Optional<SealedHead> head(String streamId) {
        return sealed.heads().stream().filter(head -> head.streamId().equals(streamId)).findFirst();
    }

    /** The seal's own check: its root is the root of the heads it lists. */
    Optional<IntegrityFailure> verify() {
        return MerkleTree.root(sealed.heads()).equals(sealed.merkleRoot()) ? Optional.empty()
                : Optional.of(IntegrityFailure.at(event, FailureReason.SEAL_INVALID,
                "the Merkle root is not the root of the heads the seal lists"));
    }

    SealView view() {
        return new SealView(event.eventIdentifier(), event.globalIndex(), sealed.merkleRoot(), sealed.streamCount(),
                sealed.sealedUpTo(), Instant.parse(event.timeStamp()));
    }
}
