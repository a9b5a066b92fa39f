package cn.haztrail.oversight.indicators;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "A key supervised unit of the year, with the reasons it is one")
public record KeyUnit(
        UUID enterpriseId,
        @Schema(example = "91360900MA35N2RW4H") String creditCode,
        @Schema(example = "宜春市丰城南方水泥有限公司") String name,
        @Schema(example = "360981") String regionCode,
        @Schema(example = "[\"RECEIVER\", \"PRODUCER\"]") List<String> roles,
        @Schema(description = "Declared tonnes generated in the year (batches declared as volumes left out)",
                example = "120.500") String generatedTonnes,
        @Schema(description = "Batches of the year declared as a volume, so not in generatedTonnes", example = "0")
        long batchesWithoutMass,
        @Schema(example = "[\"OWN_FACILITY\", \"BUSINESS_LICENCE\"]") List<KeyUnitReason> reasons,
        @Schema(description = "Numbers of the business licences counted", example = "[\"赣危废经字第360900007号\"]")
        List<String> licenceNumbers) {
}
