package cn.haztrail.shared.axon.admin;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "An event a streaming projection failed to handle, parked with the events that follow it in "
        + "its sequence (the same manifest or batch) until it is retried")
public record DeadLetterView(@Schema(example = "oversight") String group,
                             @Schema(description = "What keeps the parked events in order, usually the aggregate id")
                             String sequence,
                             @Schema(description = "Position of the letter in its sequence, 0 is retried first")
                             int indexInSequence,
                             String eventId,
                             @Schema(example = "cn.haztrail.manifest.api.ManifestReceived") String eventType,
                             String aggregateId, Long aggregateSequence,
                             Instant enqueuedAt, Instant lastTouched,
                             @Schema(example = "java.lang.IllegalStateException") String causeType,
                             String causeMessage) {
}
