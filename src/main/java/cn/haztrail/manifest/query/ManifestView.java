package cn.haztrail.manifest.query;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.web.QuantityView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A manifest as a party or regulator reads it: state, custody holder, quantities, discrepancies, deadlines. */
@Schema(description = "An electronic transfer manifest (电子转移联单)")
public record ManifestView(
        UUID id,
        @Schema(description = "14 digits: year, origin province and city, serial (R11)", example = "20263602000001")
        String number,
        ManifestKind kind, ManifestStatus status,
        UUID consignorId, @Schema(example = "360203") String originRegion,
        UUID receiverId, @Schema(example = "360222") String destinationRegion,
        List<UUID> carrierIds,
        @Schema(description = "The enterprise that holds the waste now") UUID custodyHolderId,
        @Schema(description = "The carrier a handover was offered to, awaiting its confirmation") UUID handoverOfferedTo,
        @Schema(example = "赣H12345") String vehiclePlate,
        LocalDate plannedDate, @Schema(example = "D10") String plannedMethod, UUID approvalId,
        String emergencyMeasures, UUID previousManifestId, UUID followOnManifestId,
        Instant draftedAt, Instant pickedUpAt, Instant arrivedAt,
        @Schema(description = "End of the 5th working day after arrival (R16)") Instant receiptDueAt,
        boolean receiptOverdue, Instant receivedAt, ReceiptOutcome outcome, boolean receivedLate,
        String cancelReason,
        List<Line> lines,
        List<Correction> corrections,
        @Schema(description = "Stream version, also sent as the ETag", example = "3") long version) {

    @Schema(description = "A line: one batch, as declared and as received")
    public record Line(UUID batchId, @Schema(example = "91360200MA35G8XK2H90024908202611230001") String labelId,
                       @Schema(example = "900-249-08") String wasteCode, String wasteName, QuantityView declared,
                       int containersDeclared, LineDecision decision, QuantityView accepted,
                       @Schema(example = "D10") String methodCode,
                       @Schema(example = "[\"QUANTITY\"]") List<String> discrepancies,
                       @Schema(description = "The targeted-utilization exemption the line is sent under (R37); "
                               + "absent: the receiver's licence covers it") UUID exemptionId) {
    }

    @Schema(description = "A correction after signing (R20)")
    public record Correction(UUID id, UUID proposedBy, String reason, Instant proposedAt, String state,
                             List<String> awaitingApprovalOf, List<Change> changes) {
    }

    @Schema(description = "One corrected field, old and new value")
    public record Change(String field, String oldValue, String newValue) {
    }
}
