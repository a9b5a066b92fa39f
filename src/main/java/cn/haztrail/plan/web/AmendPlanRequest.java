package cn.haztrail.plan.web;

import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanLine;
import cn.haztrail.plan.api.PlannedReceiver;
import cn.haztrail.plan.api.StorageFacility;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A new version of the plan: what it states, as a producer sends it when amending (R30). */
@Schema(description = "A new version of the plan, in place of the one before; it waits for recording again (R30)")
record AmendPlanRequest(
        @NotEmpty @Size(max = 200) @Schema(description = "计划产生量: expected generation per waste code")
        List<@NotNull @Valid Line> lines,
        @NotEmpty @Size(max = 50) @Schema(description = "贮存设施") List<@NotNull @Valid Storage> storageFacilities,
        @Size(max = 100) @Schema(description = "计划接受单位及利用处置方式; shipments elsewhere or by another method "
                + "raise an alert (R32)") List<@NotNull @Valid Receiver> receivers,
        @NotBlank @Size(max = 2000) @Schema(description = "减量化措施", example = "改进清洗工艺，废矿物油回收再用")
        String reductionMeasures) {

    @Schema(name = "PlanLineRequest", description = "Expected generation of one waste code")
    record Line(
            @NotNull @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}", message = "must be a waste code like 900-249-08")
            @Schema(example = "900-249-08") String wasteCode,
            @NotNull @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
            @Schema(description = "Tonnes expected in the year", example = "10") BigDecimal expectedTonnes) {
    }

    @Schema(name = "StorageFacilityRequest", description = "A storage facility (贮存设施)")
    record Storage(
            @NotBlank @Size(max = 100) @Schema(example = "1号危废暂存间") String name,
            @Size(max = 200) @Schema(example = "厂区东北角", nullable = true) String location,
            @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
            @Schema(description = "Tonnes it holds", example = "30", nullable = true) BigDecimal capacityTonnes) {
    }

    @Schema(name = "PlannedReceiverRequest", description = "A planned receiver and its method")
    record Receiver(
            @NotNull @Schema(description = "A registered receiver or collector",
                    example = "7196e4a4-fc4c-3250-b037-02618d373ba5") UUID receiverId,
            @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z]{1,4}\\d{1,2}", message = "must be a method code like D10")
            @Schema(example = "R9") String methodCode) {
    }

    PlanContents toContents() {
        return contents(lines, storageFacilities, receivers, reductionMeasures);
    }

    static PlanContents contents(List<Line> lines, List<Storage> storageFacilities, List<Receiver> receivers,
                                 String reductionMeasures) {
        return new PlanContents(
                lines.stream().map(line -> new PlanLine(line.wasteCode(), line.expectedTonnes())).toList(),
                storageFacilities.stream().map(storage -> new StorageFacility(storage.name(), storage.location(),
                        storage.capacityTonnes())).toList(),
                receivers == null ? List.of() : receivers.stream()
                        .map(receiver -> new PlannedReceiver(receiver.receiverId(), receiver.methodCode())).toList(),
                reductionMeasures);
    }
}
