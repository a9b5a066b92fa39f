package cn.haztrail.registry.web;

import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "AmendLicenceRequest", description = "The complete new lines and total capacity of a licence; number "
        + "and mode do not change")
record AmendLicenceRequest(
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid LicenceLineRequest> lines,
        @NotNull @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
        @Schema(description = "Total tonnes per licence year, all lines together", example = "45000")
        BigDecimal annualCapacityTonnes,
        @NotNull @PlausibleDate @Schema(example = "2030-12-31") LocalDate validTo,
        @NotBlank @Size(max = 500) @Schema(example = "扩建焚烧线，产能核增") String reason) {

    List<LicenceLine> licenceLines() {
        return lines.stream().map(LicenceLineRequest::toLine).toList();
    }
}
