package cn.haztrail.manifest.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.Map;

@Schema(description = "New values for fields of a signed manifest: plannedDate, vehiclePlate, plannedMethod, emergencyMeasures")
record CorrectionRequest(@NotEmpty @Schema(example = "{\"vehiclePlate\": \"赣H67890\"}") Map<String, String> changes,
                         @NotBlank @Size(max = 500) @Schema(example = "原车辆故障，改派备用车") String reason) {
}
