package cn.haztrail.oversight.integrity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "An integrity alert (R23): HazTrail found, while using a stream, that the database was changed "
        + "outside it. Names the stream, never its content")
public record IntegrityAlertView(
        @Schema(description = "The alert's id: the id of the stored row found changed (for SNAPSHOT_MISMATCH, the "
                + "snapshot's)", example = "5f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") String id,
        @Schema(example = "SNAPSHOT_MISMATCH") FailureReason reason,
        @Schema(description = "The stream: the aggregate id", example = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d")
        String streamId,
        @Schema(description = "The stream's aggregate type as the event store records it", example = "Enterprise")
        String aggregateType,
        @Schema(description = "The event of the stream the finding is about (for a snapshot, the event it was taken "
                + "after)", example = "100") long sequence,
        @Schema(description = "When HazTrail found it", example = "2026-12-03T02:30:00Z") Instant detectedAt,
        @Schema(example = "R23") String ruleId,
        @Schema(description = "What was found and what HazTrail did, in the caller's language", example = "The "
                + "snapshot of enterprise 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d taken after event 100 did not match "
                + "the hash chain and was not used: the aggregate was rebuilt from its events.") String detail) {
}
