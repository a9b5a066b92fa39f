package cn.haztrail.plan.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "The regulator returns the plan's latest version to the producer (退回, R30)")
record ReturnPlanRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "退回理由", example = "未写明贮存设施容量")
        String reasons) {
}
