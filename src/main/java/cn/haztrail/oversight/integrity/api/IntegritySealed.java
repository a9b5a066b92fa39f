package cn.haztrail.oversight.integrity.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The heads of all streams at one moment, bound into one Merkle root (R23). Stored as an event without an aggregate
 * (a one-event stream, hashed like any other), so a later seal covers this one too. Holding every head is what lets a
 * check find a stream that was removed or cut short since; the root is what an auditor keeps outside HazTrail.
 *
 * @param merkleRoot  lowercase hex SHA-256 root over {@code heads} in their order (README, "Verifying the history")
 * @param streamCount the number of heads
 * @param sealedUpTo  the highest global index stored when the seal was taken
 * @param heads       every stream's last event, ordered by the UTF-8 bytes of the stream id
 */
@Revision("1")
public record IntegritySealed(String merkleRoot, int streamCount, long sealedUpTo, List<SealedHead> heads) {

    public IntegritySealed {
        heads = List.copyOf(heads);
    }
}
