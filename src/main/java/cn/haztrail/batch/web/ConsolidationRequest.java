package cn.haztrail.batch.web;

import cn.haztrail.shared.web.QuantityRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

@Schema(description = "A consolidation of batches the caller's enterprise holds, of one waste code, into one new "
        + "batch (R39, R41)")
record ConsolidationRequest(
        @NotNull @Size(max = 50) @Schema(description = "At least two distinct batches of the same waste code (R41)")
        List<@NotNull @Valid Source> sources,
        @NotNull @Valid @Schema(description = "The new batch's mass: the shares taken less the loss (R39)")
        QuantityRequest quantity,
        @Valid @Schema(description = "Absent: the first source's packaging") PackagingRequest packaging,
        @Valid @Schema(description = "Mass lost in repacking. Absent: none (R39)") QuantityRequest loss,
        @Size(max = 500) @Schema(description = "Required when the loss is above zero (R39)", example = "沥干的水分")
        String lossReason) {

    @Schema(description = "The share taken from one batch held")
    record Source(@NotNull UUID batchId,
                  @NotNull @Valid @Schema(description = "A mass (kg or t), at most what the batch holds")
                  QuantityRequest quantity) {
    }
}
