package cn.haztrail.approval.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An approval with what it has used: regulators watch approvals near their cap (DOMAIN.md, oversight). */
@Schema(description = "A cross-province transfer approval (跨省转移审批) and how much of it is used")
public record ApprovalView(
        UUID id,
        @Schema(example = "赣环固审〔2026〕18号") String number,
        ApprovalParty consignor,
        ApprovalParty receiver,
        @Schema(example = "[\"900-249-08\"]") List<String> wasteCodes,
        @Schema(example = "R9") String methodCode,
        @Schema(description = "Tonnes the approval allows in all", example = "500.000") BigDecimal quantityCapTonnes,
        @Schema(description = "Tonnes received under it so far", example = "412.500") BigDecimal drawnTonnes,
        @Schema(example = "87.500") BigDecimal remainingTonnes,
        @Schema(description = "True once 80% of the cap is drawn", example = "true") boolean nearCap,
        @Schema(example = "2026-03-01") LocalDate validFrom,
        @Schema(example = "2027-02-28") LocalDate validTo,
        Instant recordedAt,
        @Schema(description = "Stream version, also sent as the ETag", example = "0") long version) {

    private static final BigDecimal NEAR_CAP_SHARE = new BigDecimal("0.8");

    static ApprovalView of(ApprovalRecord record) {
        BigDecimal cap = record.quantityCapTonnes();
        BigDecimal drawn = record.drawnTonnes();
        return new ApprovalView(record.id(), record.number(),
                new ApprovalParty(record.consignorId(), record.consignorName(), record.consignorRegion()),
                new ApprovalParty(record.receiverId(), record.receiverName(), record.receiverRegion()),
                record.wasteCodes(), record.methodCode(), cap, drawn, cap.subtract(drawn),
                drawn.compareTo(cap.multiply(NEAR_CAP_SHARE)) >= 0, record.validFrom(), record.validTo(),
                record.recordedAt(), record.version());
    }
}
