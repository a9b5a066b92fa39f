package cn.haztrail.collection.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A collection round to plan (R42)")
record PlanCollectionRoundRequest(
        @NotNull @Schema(description = "The collector (collection licence) or medical-waste disposal centre running "
                + "the round; the caller acts for it") UUID collectorId,
        @NotNull @Schema(description = "The carrier whose vehicle makes the trip") UUID carrierId,
        @NotBlank @Size(max = 20) @Schema(example = "赣H12345") String vehiclePlate,
        @NotNull @Schema(description = "The day of the trip (Asia/Shanghai)", example = "2026-11-25")
        LocalDate plannedDay) {
}
