package cn.haztrail.registry.web;

import cn.haztrail.registry.api.LicenceScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

@Schema(description = "Waste a licence covers: categories and exact codes, minus exclusions")
record LicenceTermsRequest(
        @Schema(example = "[\"HW08\", \"HW49\"]")
        List<@NotNull @Pattern(regexp = "HW\\d{2}", message = "must be a category like HW08") String> categories,
        @Schema(example = "[\"900-041-49\"]")
        List<@NotNull @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}", message = "must be a waste code like 900-041-49") String> codes,
        @Schema(example = "[\"900-044-49\"]")
        List<@NotNull @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}", message = "must be a waste code like 900-041-49") String> excludedCodes) {

    LicenceScope toScope() {
        return new LicenceScope(categories, codes, excludedCodes);
    }
}
