package cn.haztrail.oversight.integrity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A seal as regulators see it: keep {@code merkleRoot} outside HazTrail to prove later seals against it. */
@Schema(description = "A seal over the heads of all streams (R23)")
public record SealView(
        @Schema(description = "The seal event's id, also its one-event stream's id") String sealId,
        @Schema(example = "1043") long globalIndex,
        @Schema(description = "Lowercase hex SHA-256 Merkle root over the heads",
                example = "3f2a9c0e5b7d4e1f8a6c2b9d0e7f1a3c5b8d2e4f6a9c1b3d5e7f9a2c4b6d8e0f") String merkleRoot,
        @Schema(example = "214") int streamCount,
        @Schema(description = "The highest global index stored when the seal was taken", example = "1042")
        long sealedUpTo,
        Instant sealedAt) {
}
