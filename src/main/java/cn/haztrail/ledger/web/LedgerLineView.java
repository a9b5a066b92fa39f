package cn.haztrail.ledger.web;

import cn.haztrail.ledger.query.LedgerLine;
import cn.haztrail.ledger.query.Movement;
import cn.haztrail.shared.web.QuantityView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "LedgerLine", description = "One movement of a batch in an enterprise's ledger (管理台账)")
public record LedgerLineView(
        Movement movement,
        @Schema(description = "The business day, in the configured zone") LocalDate day,
        Instant at,
        UUID batchId,
        @Schema(nullable = true) String labelId,
        @Schema(nullable = true) UUID manifestId,
        @Schema(description = "The manifest's 14-digit number", nullable = true) String manifestNumber,
        @Schema(example = "900-249-08") String wasteCode,
        QuantityView quantity,
        @Schema(description = "The mass in tonnes; null for a quantity declared without mass", example = "1.000",
                nullable = true) String tonnes,
        @Schema(nullable = true, example = "DRUM") String packagingType,
        @Schema(nullable = true) Integer containers,
        @Schema(nullable = true, example = "危废暂存间A区") String storageLocation,
        @Schema(description = "The method of utilization or disposal (planned at receipt, done at disposal)",
                nullable = true, example = "D10") String methodCode,
        @Schema(description = "The other enterprise: the receiver of a shipment, the consignor of a receipt or a "
                + "carriage, the producer of a disposed batch", nullable = true) UUID counterpartyId,
        @Schema(description = "The person responsible, as a reference only (an account id, or the driver's "
                + "personal-data reference for a carriage): no name is kept in the ledger", nullable = true)
        String responsibleRef,
        @Schema(description = "The reason of a repacking's loss (R39)", nullable = true) String note) {

    static LedgerLineView of(LedgerLine line) {
        return new LedgerLineView(line.movement(), line.occurredOn(), line.occurredAt(), line.batchId(),
                line.labelId(), line.manifestId(), line.manifestNumber(), line.wasteCode(),
                new QuantityView(line.quantityValue().setScale(3, RoundingMode.HALF_UP).toPlainString(),
                        line.quantityUnit()),
                line.tonnes() == null ? null : line.tonnes().setScale(3, RoundingMode.HALF_UP).toPlainString(),
                line.packagingType(), line.containers(), line.storageLocation(), line.methodCode(),
                line.counterpartyId(), line.responsibleRef(), line.note());
    }

    static String tonnes(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
