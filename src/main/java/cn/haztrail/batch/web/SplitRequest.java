package cn.haztrail.batch.web;

import cn.haztrail.shared.web.QuantityRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "A split of a batch the caller's enterprise holds into new batches (R39, R40)")
record SplitRequest(
        @NotNull @Size(max = 50) @Schema(description = "At least two new batches (R40), each a mass")
        List<@NotNull @Valid Part> parts,
        @Valid @Schema(description = "Mass lost in repacking; recorded on the first part. Absent: none (R39)")
        QuantityRequest loss,
        @Size(max = 500) @Schema(description = "Required when the loss is above zero (R39)", example = "沥干的水分")
        String lossReason) {

    @Schema(description = "One new batch of the split")
    record Part(@NotNull @Valid @Schema(description = "A mass (kg or t)") QuantityRequest quantity,
                @Valid @Schema(description = "Absent: the source's packaging") PackagingRequest packaging) {
    }
}
