package cn.haztrail.registry.web;

import cn.haztrail.registry.api.LicenceLine;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "LicenceLineRequest", description = "One line of a licence as issued: a category or an exact waste "
        + "code, the methods approved for it, and the line's annual capacity where the licence states one")
public record LicenceLineRequest(
        @NotBlank @Pattern(regexp = "HW\\d{2}|\\d{3}-\\d{3}-\\d{2}", message = "must be a category like HW08 or a waste code like 900-249-08")
        @Schema(description = "A category (HW08) or an exact waste code (900-249-08)", example = "HW17") String scope,
        @Size(max = 200) @Schema(description = "Codes of the line's category it does not cover", example = "[]")
        List<@NotNull @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}", message = "must be a waste code like 900-041-49") String> excludedCodes,
        @NotNull @Size(min = 1, max = 50) @Schema(example = "[\"D10\", \"D1\"]")
        List<@NotBlank @Pattern(regexp = "[A-Z]{1,3}\\d{1,2}", message = "must be a method code like D10") String> methods,
        @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
        @Schema(description = "Tonnes per licence year for this line; leave out when only the total applies",
                example = "5000") BigDecimal annualCapacityTonnes) {

    public LicenceLine toLine() {
        return new LicenceLine(scope, excludedCodes, methods, annualCapacityTonnes);
    }
}
