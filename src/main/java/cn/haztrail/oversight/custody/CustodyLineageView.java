package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.shared.web.QuantityView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The lineage of a batch through splits and consolidations (R39-R41) as the counted events had it: the batches it
 * was made from, and the new batches shares of it went into, one step away; and the whole lineage, up to its
 * origins and down to the final treatment of every share ({@link LineageTrace}). Empty for a manifest's chain.
 */
@Schema(description = "Where a repacked batch came from and where shares of a batch went (R39-R41)")
public record CustodyLineageView(
        @Schema(description = "The batches this batch was made from, with the mass taken from each (a split's "
                + "first part also carries the split's loss)") List<Share> sources,
        @Schema(description = "The new batches shares of this batch went into, with the mass taken into each")
        List<Share> outputs,
        @Schema(description = "Every share taken from this batch or from a batch made from it, through every "
                + "further split and consolidation (at most 10 deep), in the order they happened: follow it to the "
                + "final treatment (disposal) of each share") List<Step> downstream,
        @Schema(description = "Every share this batch was made from, through every earlier split and "
                + "consolidation (at most 10 deep) back to the batches their producers registered (origin)")
        List<Step> upstream) {

    /** The one-step lineage alone, as before the whole lineage was traced. */
    public CustodyLineageView(List<Share> sources, List<Share> outputs) {
        this(sources, outputs, List.of(), List.of());
    }

    @Schema(description = "One share of a split or consolidation")
    public record Share(UUID batchId, @Schema(example = "91360200MA35G8XK2H9002490820261120001") String labelId,
                        QuantityView quantity,
                        @Schema(allowableValues = {"SPLIT", "CONSOLIDATION"}) String kind, Instant repackedAt) {
    }

    @Schema(description = "One share in the whole lineage: the mass taken from one batch into another")
    public record Step(
            @Schema(description = "Repackings away from the batch asked for: 1 for its own sources or outputs",
                    example = "2") int level,
            @Schema(description = "The batch the share was taken from") UUID fromBatchId,
            @Schema(example = "91360200MA37KT6B8P9002490820261121001") String fromLabelId,
            @Schema(description = "The batch the share went into") UUID toBatchId,
            @Schema(example = "91360200MA37KT6B8P9002490820261122001") String toLabelId,
            @Schema(description = "The mass taken (for a split's first part, with the split's loss)")
            QuantityView quantity,
            @Schema(allowableValues = {"SPLIT", "CONSOLIDATION"}) String kind, Instant repackedAt,
            @Schema(description = "Downstream: of the mass taken, what came from the batch asked for, shared out in "
                    + "proportion to the masses each consolidation took (waste mixed is not told apart); absent "
                    + "upstream or for a volume", nullable = true) QuantityView fromSubject,
            @Schema(description = "Downstream: where the batch the share went into stands (DISPOSED: its final "
                    + "treatment); upstream: where the batch the share came from stands") String status,
            @Schema(description = "Downstream: that batch's disposal, if it was disposed of (R19)", nullable = true)
            Treatment treatment,
            @Schema(description = "Upstream: who registered or repacked the batch the share came from")
            UUID producerId,
            @Schema(nullable = true) String producerName,
            @Schema(description = "Upstream: the batch the share came from was registered by its producer, not "
                    + "made by a repacking") boolean origin) {
    }

    @Schema(description = "Utilization or disposal of a batch (R19)")
    public record Treatment(@Schema(example = "D10") String methodCode, QuantityView quantity) {
    }

    static CustodyLineageView of(UUID batchId, List<BatchRepacked> repackings, List<Step> downstream,
                                 List<Step> upstream) {
        List<Share> sources = new ArrayList<>();
        List<Share> outputs = new ArrayList<>();
        for (BatchRepacked repacked : repackings) {
            for (BatchShare source : repacked.sources()) {
                if (repacked.batchId().equals(batchId)) {
                    sources.add(new Share(source.batchId(), source.labelId(), QuantityView.of(source.quantity()),
                            repacked.kind().name(), repacked.repackedAt()));
                } else if (source.batchId().equals(batchId)) {
                    outputs.add(new Share(repacked.batchId(), repacked.labelId(), QuantityView.of(source.quantity()),
                            repacked.kind().name(), repacked.repackedAt()));
                }
            }
        }
        return new CustodyLineageView(List.copyOf(sources), List.copyOf(outputs), List.copyOf(downstream),
                List.copyOf(upstream));
    }
}
