package cn.haztrail.plan.web;

import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.web.AmendPlanRequest.Line;
import cn.haztrail.plan.web.AmendPlanRequest.Receiver;
import cn.haztrail.plan.web.AmendPlanRequest.Storage;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "A producer's annual management plan (危险废物管理计划) for a year, version 1 (R30)")
record FilePlanRequest(
        @NotNull @Min(2000) @Max(2999) @Schema(description = "The current year, the next, or the last",
                example = "2026") Integer year,
        @NotEmpty @Size(max = 200) @Schema(description = "计划产生量: expected generation per waste code")
        List<@NotNull @Valid Line> lines,
        @NotEmpty @Size(max = 50) @Schema(description = "贮存设施")
        List<@NotNull @Valid Storage> storageFacilities,
        @Size(max = 100) @Schema(description = "计划接受单位及利用处置方式; shipments elsewhere or by another method "
                + "raise an alert (R32)") List<@NotNull @Valid Receiver> receivers,
        @NotBlank @Size(max = 2000) @Schema(description = "减量化措施", example = "改进清洗工艺，废矿物油回收再用")
        String reductionMeasures) {

    PlanContents toContents() {
        return AmendPlanRequest.contents(lines, storageFacilities, receivers, reductionMeasures);
    }
}
