package cn.haztrail.registry.web;

import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(description = "A road dangerous-goods transport permit (道路危险货物运输许可证)")
public record GrantPermitRequest(
        @NotBlank @Size(max = 64) @Schema(example = "赣交运管许可景字360200000123号") String number,
        @NotNull @PlausibleDate @Schema(example = "2025-06-01") LocalDate validFrom,
        @NotNull @PlausibleDate @Schema(example = "2029-05-31") LocalDate validTo) {
}
