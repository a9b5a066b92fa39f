package cn.haztrail.oversight.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "Tonnes treated in the period by one method kind, and their share of all utilized and disposed")
public record MethodShare(
        @Schema(example = "INCINERATION", allowableValues = {"UTILIZATION", "INCINERATION", "CO_PROCESSING",
                "LANDFILL", "OTHER_DISPOSAL"}) String kind,
        @Schema(example = "焚烧") String labelZh,
        @Schema(example = "1.900") String tonnes,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "tonnes / (utilized + disposed), 4 decimals; null when nothing was treated",
                example = "0.2754", nullable = true) BigDecimal share) {
}
