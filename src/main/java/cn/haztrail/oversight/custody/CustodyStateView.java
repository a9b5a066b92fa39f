package cn.haztrail.oversight.custody;

import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.web.QuantityView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * The state folded from the listed events only (R24). For a batch the top-level fields describe the batch, for a
 * manifest the manifest; {@code batches} and {@code manifests} give every stream of the chain.
 */
@Schema(description = "The chain's state as it stood at asOf, folded from the listed events")
public record CustodyStateView(
        @Schema(description = "The batch's or manifest's status; NOT_YET_EXISTING before its first event",
                example = "RECEIVED") String status,
        @Schema(description = "Who held the waste (持有人)") CustodyParty custodyHolder,
        @Schema(description = "Declared quantity (a manifest: its lines added up)") QuantityView declared,
        @Schema(description = "Accepted by the receiver (接收量)") QuantityView accepted,
        @Schema(description = "Utilized or disposed of (利用处置量)") QuantityView disposed,
        @Schema(description = "Utilization/disposal method: recorded, else stated at receipt, else planned",
                example = "D10") String method,
        @Schema(example = "[\"20263602000001\"]") List<String> manifestNumbers,
        @Schema(description = "Discrepancies recorded on the subject (no event settles one yet)")
        List<CustodyDiscrepancy> openDiscrepancies,
        List<CustodyBatchState> batches,
        List<CustodyManifestState> manifests) {

    public static final String NOT_YET_EXISTING = "NOT_YET_EXISTING";

    static CustodyStateView notYetExisting() {
        return new CustodyStateView(NOT_YET_EXISTING, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of());
    }

    @Schema(description = "An enterprise of the chain")
    public record CustodyParty(UUID enterpriseId,
                               @Schema(example = "景德镇市安运危险货物运输有限公司") String name) {
    }

    @Schema(description = "A discrepancy between the manifest and what arrived (R17)")
    public record CustodyDiscrepancy(UUID manifestId, UUID batchId,
                                     @Schema(example = "[\"QUANTITY\"]") List<DiscrepancyKind> kinds,
                                     QuantityView declared, QuantityView accepted,
                                     @Schema(example = "5") int containersDeclared,
                                     @Schema(example = "5") int containersReceived,
                                     @Schema(example = "实为含铬污泥，与联单不符") String note) {
    }

    @Schema(description = "A batch of the chain as it stood")
    public record CustodyBatchState(UUID batchId,
                                    @Schema(example = "91360200MA35G8XK2H9002490820261120001") String labelId,
                                    @Schema(example = "900-249-08") String wasteCode,
                                    @Schema(example = "IN_TRANSIT") String status,
                                    CustodyParty custodyHolder,
                                    @Schema(description = "The manifest it is on or last travelled on")
                                    UUID manifestId,
                                    QuantityView declared, QuantityView accepted, QuantityView disposed,
                                    @Schema(example = "D10") String method,
                                    @Schema(description = "Past its storage limit at the producer (R09)")
                                    boolean storageOverdue) {
    }

    @Schema(description = "A manifest of the chain as it stood")
    public record CustodyManifestState(UUID manifestId,
                                       @Schema(example = "20263602000001") String number,
                                       ManifestKind kind,
                                       @Schema(example = "IN_TRANSIT") String status,
                                       CustodyParty custodyHolder, CustodyParty consignor, CustodyParty receiver,
                                       UUID previousManifestId, UUID followOnManifestId,
                                       ReceiptOutcome outcome, boolean receiptOverdue,
                                       @Schema(example = "D10") String method,
                                       QuantityView declared, QuantityView accepted, QuantityView disposed) {
    }
}
