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
 * was made from, and the new batches shares of it went into. Empty for a manifest's chain.
 */
@Schema(description = "Where a repacked batch came from and where shares of a batch went (R39-R41)")
public record CustodyLineageView(
        @Schema(description = "The batches this batch was made from, with the mass taken from each (a split's "
                + "first part also carries the split's loss)") List<Share> sources,
        @Schema(description = "The new batches shares of this batch went into, with the mass taken into each")
        List<Share> outputs) {

    @Schema(description = "One share of a split or consolidation")
    public record Share(UUID batchId, @Schema(example = "91360200MA35G8XK2H9002490820261120001") String labelId,
                        QuantityView quantity,
                        @Schema(allowableValues = {"SPLIT", "CONSOLIDATION"}) String kind, Instant repackedAt) {
    }

    static CustodyLineageView of(UUID batchId, List<BatchRepacked> repackings) {
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
        return new CustodyLineageView(List.copyOf(sources), List.copyOf(outputs));
    }
}
