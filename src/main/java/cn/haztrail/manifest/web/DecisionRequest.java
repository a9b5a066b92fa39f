package cn.haztrail.manifest.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

@Schema(description = "An optional reason for approving or rejecting a correction")
record DecisionRequest(@Size(max = 500) @Schema(example = "同意") String reason) {
}
