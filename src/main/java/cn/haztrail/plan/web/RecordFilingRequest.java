package cn.haztrail.plan.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "The regulator records the plan's latest version (备案, R30)")
record RecordFilingRequest(
        @NotBlank @Size(max = 64) @Schema(description = "备案号", example = "景环固计备〔2026〕015号")
        String filingNumber) {
}
