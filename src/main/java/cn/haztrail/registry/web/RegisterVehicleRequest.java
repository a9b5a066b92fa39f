package cn.haztrail.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "A vehicle of a carrier")
public record RegisterVehicleRequest(
        @NotBlank
        @Pattern(regexp = "[\\u4e00-\\u9fa5][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}", message = "must be a Chinese plate like 赣H12345")
        @Schema(description = "车牌号", example = "赣H12345") String plate,
        @NotBlank @Size(max = 64) @Schema(description = "道路运输证号", example = "赣交运管景字360200012345号")
        String operatingPermitNo) {
}
