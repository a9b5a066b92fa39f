package cn.haztrail.oversight.integrity.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A seal (R23): the heads of the streams that changed since the previous seal, bound into one Merkle root and chained
 * to the previous seal's root. Stored as an event without an aggregate (a one-event stream, hashed like any other).
 * Publishing the latest {@code root} outside HazTrail vouches for every seal before it: each root covers the previous
 * one. Revision 1 (every stream's head, no link) reads as a seal with no previous seal whose root is its Merkle root.
 *
 * @param root           lowercase hex SHA-256 over {@code previousRoot} and {@code merkleRoot} (README, "Verifying the
 *                       history"); what an auditor publishes
 * @param previousSealId the seal this one follows; null for the first seal of the chain
 * @param previousRoot   that seal's {@code root}; null for the first
 * @param merkleRoot     lowercase hex SHA-256 Merkle root over {@code heads} in their order
 * @param headCount      the number of heads
 * @param sealedUpTo     the highest global index stored when the seal was taken
 * @param heads          the last event of every stream whose head changed since the previous seal, ordered by the
 *                       UTF-8 bytes of the stream id
 */
@Revision("2")
public record IntegritySealed(String root, String previousSealId, String previousRoot, String merkleRoot,
                              int headCount, long sealedUpTo, List<SealedHead> heads) {

    public IntegritySealed {
        heads = List.copyOf(heads);
    }
}
