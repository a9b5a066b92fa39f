package cn.haztrail.shared.axon.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@Schema(description = "Where a streaming processor goes on from")
record PositionRequest(
        @Schema(description = "A global event position: the processor's next event is the first one after it "
                + "(0: from the first event). At most the last position the event store issued.", example = "1024")
        @NotNull @Min(0) Long position) {
}
