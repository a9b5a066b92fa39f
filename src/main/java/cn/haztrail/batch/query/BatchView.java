package cn.haztrail.batch.query;

import cn.haztrail.shared.web.QuantityView;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PhysicalForm;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A batch as it stands now, with its label id and QR payload (R07) and where its custody is. */
@Schema(description = "A batch of hazardous waste as it stands now")
public record BatchView(
        UUID id,
        @Schema(description = "37-character label id: credit code, waste code, generation date, sequence",
                example = "91360200MA35G8XK2H9002490820261120001") String labelId,
        @Schema(description = "What the label's QR code holds: the address of the public label check",
                example = "http://localhost:8080/l/91360200MA35G8XK2H9002490820261120001")
        String qrPayload,
        @Schema(description = "Catalogue edition of the code", example = "2021") String edition,
        @Schema(example = "900-249-08") String wasteCode,
        @Schema(example = "HW08") String category,
        @Schema(description = "The catalogue's description of the code",
                example = "其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物") String wasteName,
        @Schema(description = "Declared at registration; re-weighed when a return manifest brings it back")
        QuantityView quantity,
        @Schema(example = "LIQUID") PhysicalForm physicalForm,
        Packaging packaging,
        @Schema(example = "[\"T\", \"I\"]") List<String> hazardCharacteristics,
        @Schema(example = "废矿物油 95%，水 5%") String mainComponents,
        Instant generatedAt,
        @Schema(example = "1号危废暂存间 A-03") String storageLocation,
        @Schema(description = "R09: 1 year after generation, 48 hours for medical waste") Instant storageLimitAt,
        @Schema(description = "R09: the batch was still at its producer when its storage limit passed")
        boolean storageOverdue,
        BatchStatus status,
        @Schema(description = "The manifest the batch is on or came with", nullable = true) UUID manifestId,
        @Schema(description = "The manifest that rejected the batch, until a follow-on manifest picks it up",
                nullable = true) UUID rejectedManifestId,
        UUID producerId,
        @Schema(example = "360203") String producerRegion,
        @Schema(description = "Who holds the batch now: producer, then carrier, then receiver") UUID custodyHolderId,
        @Schema(nullable = true) UUID carrierId,
        @Schema(nullable = true) UUID receiverId,
        @Schema(nullable = true, example = "360222") String receiverRegion,
        @Schema(nullable = true) QuantityView acceptedQuantity,
        @Schema(description = "R17: the receiver recorded a discrepancy") boolean discrepancy,
        @Schema(nullable = true) Instant receivedAt,
        @Schema(nullable = true) DisposalView disposal,
        @Schema(description = "Stream version, also sent as the ETag", example = "0") long version,
        @Schema(description = "When the last event of the batch was recorded") Instant lastEventAt,
        @Schema(description = "After shares of it were taken into new batches (R39): what its holder still holds "
                + "(0 once taken in full: status REPACKED); absent while none was taken", nullable = true)
        QuantityView remainingQuantity,
        @Schema(description = "For a batch made by a split or consolidation (R39-R41): the batches it was made "
                + "from, with the mass taken from each") List<BatchShareView> sources,
        @Schema(description = "The new batches shares of this batch went into (R39-R41), with the mass taken into "
                + "each; the chain of custody follows them further") List<BatchShareView> outputs) {

    static BatchView of(BatchRecord r, String qrPayload, List<BatchShareView> sources,
                        List<BatchShareView> outputs) {
        DisposalView disposal = r.disposalMethod() == null ? null
                : new DisposalView(r.disposalMethod(), QuantityView.of(r.disposalQuantity()), r.disposedOn());
        return new BatchView(r.id(), r.labelId(), qrPayload, r.edition(), r.wasteCode(),
                "HW" + r.wasteCode().substring(8), r.wasteName(), QuantityView.of(r.quantity()), r.physicalForm(),
                new Packaging(r.packagingType(), r.packagingCount()), r.hazards(), r.mainComponents(),
                r.generatedAt(), r.storageLocation(), r.storageLimitAt(), r.storageOverdue(), r.status(),
                r.manifestId(), r.rejectedManifestId(), r.producerId(), r.producerRegion(), r.custodyHolderId(),
                r.carrierId(), r.receiverId(), r.receiverRegion(), QuantityView.of(r.acceptedQuantity()),
                r.discrepancy(), r.receivedAt(), disposal, r.version(), r.lastEventAt(),
                QuantityView.of(r.remainingQuantity()), List.copyOf(sources), List.copyOf(outputs));
    }

    /** R19: how the receiver utilized or disposed of the batch. */
    @Schema(description = "Utilization or disposal of the batch (R19)")
    public record DisposalView(@Schema(example = "D10") String methodCode, QuantityView quantity,
                               @Schema(example = "2026-11-23") LocalDate disposedOn) {
    }
}
