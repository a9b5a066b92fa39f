package cn.haztrail.manifest.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Why the manifest is cancelled")
record CancelRequest(@NotBlank @Size(max = 500) @Schema(example = "车辆故障，改期转移") String reason) {
}
