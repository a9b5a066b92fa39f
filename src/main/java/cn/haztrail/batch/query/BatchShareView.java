package cn.haztrail.batch.query;

import cn.haztrail.shared.web.QuantityView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One share of a split or consolidation as a batch's view lists it (R39-R41). */
@Schema(description = "A share taken from a source into a new batch (R39-R41)")
public record BatchShareView(
        @Schema(description = "The other batch: the source of a new batch, or the new batch a source went into")
        UUID batchId,
        @Schema(example = "91360200MA37KT6B8P9002490820261121001", nullable = true) String labelId,
        @Schema(description = "The mass taken from the source (for a split's first part, with the split's loss)",
                nullable = true) QuantityView quantity,
        @Schema(nullable = true) Instant repackedAt) {
}
