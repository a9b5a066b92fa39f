package cn.haztrail.manifest.web;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import cn.haztrail.shared.web.QuantityRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "The receiver's receipt: per line what it accepted and what it found (R17, R18)")
public record ReceiptRequest(@NotNull @PlausibleDate @Schema(example = "2026-11-26T10:00:00+08:00") Instant receivedAt,
                      @NotEmpty @Valid List<@NotNull Line> lines,
                      @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                              + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
                      LateEntryReason lateEntry) {

    @Schema(name = "ReceiptLineRequest", description = "One line as found")
    public record Line(@NotNull UUID batchId,
                @NotNull @Schema(example = "ACCEPT") LineDecision decision,
                @Valid @Schema(description = "Weighed mass accepted; omit for a rejected line") QuantityRequest acceptedQuantity,
                @Schema(defaultValue = "true") Boolean nameMatches,
                @Schema(defaultValue = "true") Boolean characteristicsMatch,
                @Schema(defaultValue = "true") Boolean formMatches,
                @Schema(defaultValue = "true") Boolean packagingMatches,
                @NotNull @Min(0) @Schema(example = "4") Integer containersReceived,
                @Pattern(regexp = "[A-Z]{1,3}\\d{1,2}", message = "must be a method code like D10") @Schema(example = "D10") String methodCode,
                @Size(max = 500) @Schema(example = "过磅少5%") String note,
                @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ./_-]*", message = "must be a ticket reference (letters, digits, . / _ -)")
                @Schema(description = "Weighbridge ticket (过磅单) reference: required when the accepted mass is "
                        + "more than the R17 tolerance above the declared mass (R27)", example = "FL-20261126-0042")
                String weighbridgeTicket) {

        public ReceiptLine toLine() {
            return new ReceiptLine(batchId, decision, acceptedQuantity == null ? null : acceptedQuantity.toQuantity(),
                    !Boolean.FALSE.equals(nameMatches), !Boolean.FALSE.equals(characteristicsMatch),
                    !Boolean.FALSE.equals(formMatches), !Boolean.FALSE.equals(packagingMatches), containersReceived,
                    methodCode, note, weighbridgeTicket);
        }
    }
}
