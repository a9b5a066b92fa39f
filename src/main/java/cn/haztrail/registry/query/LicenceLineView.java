package cn.haztrail.registry.query;

import cn.haztrail.registry.api.LicenceLine;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "LicenceLineView", description = "One line of a licence: the waste it covers and the methods approved "
        + "for it (R03, R05), with the line's own annual capacity where the licence states one (R04)")
public record LicenceLineView(
        @Schema(description = "A category (HW08) or an exact waste code (900-249-08)", example = "HW17") String scope,
        @Schema(description = "Codes of the category this line does not cover", example = "[]") List<String> excludedCodes,
        @Schema(example = "[\"D1\", \"D10\"]") List<String> methods,
        @Schema(description = "Tonnes per licence year for this line; null when only the total applies",
                example = "5000") BigDecimal annualCapacityTonnes) {

    static LicenceLineView of(LicenceLine line) {
        return new LicenceLineView(line.scope(), line.excludedCodes(), line.methods(), line.annualCapacityTonnes());
    }
}
