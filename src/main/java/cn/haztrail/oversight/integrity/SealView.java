package cn.haztrail.oversight.integrity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A seal as regulators and auditors see it: publish {@code root} outside HazTrail; it vouches for this seal and,
 * through the chain of previous roots, for every seal before it.
 */
@Schema(description = "A seal over the stream heads that changed since the previous seal, chained to it (R23)")
public record SealView(
        @Schema(description = "The seal event's id, also its one-event stream's id") String sealId,
        @Schema(example = "1043") long globalIndex,
        @Schema(description = "Lowercase hex SHA-256 over the previous seal's root and this seal's Merkle root: the "
                + "value to publish", example = "5c1e9a7b3d2f4e6a8c0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c")
        String root,
        @Schema(description = "The seal this one follows; absent for the first seal of the chain",
                example = "2b6f0c8e-4d1a-4e3b-9c5d-7f8e9a0b1c2d") String previousSealId,
        @Schema(description = "The previous seal's root as this seal recorded it; absent for the first seal",
                example = "9a3e5c7b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c") String previousRoot,
        @Schema(description = "Lowercase hex SHA-256 Merkle root over the heads the seal names",
                example = "3f2a9c0e5b7d4e1f8a6c2b9d0e7f1a3c5b8d2e4f6a9c1b3d5e7f9a2c4b6d8e0f") String merkleRoot,
        @Schema(description = "How many stream heads the seal names: those that changed since the previous seal",
                example = "12") int headCount,
        @Schema(description = "The highest global index stored when the seal was taken", example = "1042")
        long sealedUpTo,
        Instant sealedAt) {
}
