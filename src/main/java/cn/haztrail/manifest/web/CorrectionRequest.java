package cn.haztrail.manifest.web;

import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;

@Schema(description = "New values for fields of a signed manifest: plannedDate, vehiclePlate, plannedMethod, emergencyMeasures")
public record CorrectionRequest(@NotEmpty @Schema(example = "{\"vehiclePlate\": \"赣H67890\"}") Map<String, String> changes,
                         @NotBlank @Size(max = 500) @Schema(example = "原车辆故障，改派备用车") String reason,
                         @PlausibleDate @Schema(description = "When it was proposed (business time, R25); omitted: "
                                 + "when recorded") Instant proposedAt,
                         @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                                 + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
                         LateEntryReason lateEntry) {
}
