package cn.haztrail.exemption.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A point-to-point targeted-utilization exemption (点对点定向利用豁免, R36) and how much of it is used")
public record ExemptionView(
        UUID id,
        ExemptionParty producer,
        @Schema(description = "The utilizer (利用单位), a registered receiver") ExemptionParty utilizer,
        @Schema(example = "900-249-08") String wasteCode,
        @Schema(description = "The utilization method (R-code)", example = "R9") String methodCode,
        @Schema(description = "Tonnes the exemption allows in all", example = "100.000") BigDecimal quantityCapTonnes,
        @Schema(description = "Tonnes received under it so far", example = "42.500") BigDecimal drawnTonnes,
        @Schema(example = "57.500") BigDecimal remainingTonnes,
        @Schema(example = "2026-03-01") LocalDate validFrom,
        @Schema(example = "2027-02-28") LocalDate validTo,
        Instant grantedAt,
        @Schema(description = "When it was revoked; absent while it stands") Instant revokedAt,
        String revokeReason,
        @Schema(description = "Draws, overruns and refused draws, oldest first; only in a single exemption's answer")
        List<ExemptionDrawView> draws,
        @Schema(description = "Stream version, also sent as the ETag", example = "0") long version) {

    static ExemptionView of(ExemptionRecord record, List<ExemptionDrawView> draws) {
        return new ExemptionView(record.id(),
                new ExemptionParty(record.producerId(), record.producerName(), record.producerRegion()),
                new ExemptionParty(record.utilizerId(), record.utilizerName(), record.utilizerRegion()),
                record.wasteCode(), record.methodCode(), record.quantityCapTonnes(), record.drawnTonnes(),
                record.quantityCapTonnes().subtract(record.drawnTonnes()).max(BigDecimal.ZERO),
                record.validFrom(), record.validTo(), record.grantedAt(), record.revokedAt(), record.revokeReason(),
                draws, record.version());
    }
}
