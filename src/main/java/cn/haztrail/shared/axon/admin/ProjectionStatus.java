package cn.haztrail.shared.axon.admin;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "An event processor and how far it got")
public record ProjectionStatus(@Schema(example = "oversight") String name,
                               @Schema(example = "pooled streaming") String kind,
                               boolean running, boolean replaying,
                               @Schema(description = "Segments this node processes") List<Integer> segments,
                               @Schema(description = "Highest event position reached by this node's segments", example = "1024")
                               Long position,
                               @Schema(description = "Every event up to this position is handled by all of this node's "
                                       + "segments (the lowest segment's position); null while a segment has none",
                                       example = "1020")
                               Long handledThrough) {
}
