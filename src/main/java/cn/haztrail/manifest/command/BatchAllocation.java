package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.custody.Custody;
import cn.haztrail.batch.custody.CustodyBook;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.time.Chronology;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether a draft's batches may go on it, decided from where their custody stands (the command side's custody
 * table), and the lines that describe them: each batch is the consignor's own (R10; a batch a holder repacked is
 * the holder's own, R39; on a follow-on manifest, a part its receiver split off from what the previous manifest's
 * receipt did not accept, R40; any other is answered like an unknown one, R21), open (R08; a batch taken in full into new
 * batches is closed), in storage or, for a follow-on manifest, waiting at the receiver that rejected it
 * on the previous manifest (R08, R18), and generated before the draft (R25). The manifest's own event allocates them;
 * a batch taken by another manifest in between rolls the draft back as a concurrency conflict.
 */
@Component
public class BatchAllocation {

    private final CustodyBook book;

    BatchAllocation(CustodyBook book) {
        this.book = book;
    }

    public List<BatchLine> lines(List<UUID> batchIds, UUID manifestId, UUID consignorId, UUID previousManifestId,
                          Instant draftedAt) {
        return batchIds.stream().map(batchId -> line(batchId, manifestId, consignorId, previousManifestId, draftedAt))
                .toList();
    }

    private BatchLine line(UUID batchId, UUID manifestId, UUID consignorId, UUID previousManifestId,
                           Instant draftedAt) {
        Custody batch = book.find(batchId).filter(custody -> custody.producerId().equals(consignorId)
                        || sentBack(batchId, consignorId, previousManifestId))
                .orElseThrow(() -> CommandRefused.notFound("batchIds",
                        Translatable.of("refused.manifest.unknown-batch", batchId)));
        BatchStatus status = batch.status();
        if (status == BatchStatus.DISPOSED) {
            throw CommandRefused.conflict("R08", "batchId", Translatable.of("refused.batch.closed", batch.labelId()));
        }
        if (status == BatchStatus.REPACKED) {
            throw CommandRefused.conflict("R08", "batchId", Translatable.of("refused.batch.repacked", batch.labelId()));
        }
        if (status == BatchStatus.ALLOCATED && manifestId.equals(batch.manifestId())) {
            return batch.line();
        }
        boolean followOn = status == BatchStatus.REJECTED && batch.manifestId().equals(previousManifestId);
        if (status == BatchStatus.REJECTED && !followOn) {
            throw CommandRefused.conflict("R08", "previousManifestId",
                    Translatable.of("refused.batch.rejected-needs-follow-on", batch.labelId(), batch.manifestId()));
        }
        if (status != BatchStatus.IN_STORAGE && !followOn) {
            throw CommandRefused.conflict("R08", "batchId", Translatable.of("refused.batch.on-another-manifest",
                    batch.labelId(), status, batch.manifestId()));
        }
        Chronology.requireNotBefore("draftedAt", Translatable.of("step.draft"), draftedAt,
                Translatable.of("step.batch-generation", batch.labelId()), batch.generatedAt());
        return batch.line();
    }

    /**
     * A part its receiver split off from what a receipt on the previous manifest did not accept goes back or on
     * with the consignor of that manifest, like rejected waste (R18, R40).
     */
    private boolean sentBack(UUID batchId, UUID consignorId, UUID previousManifestId) {
        return previousManifestId != null && book.splitOff(batchId).filter(from ->
                from.manifestId().equals(previousManifestId) && from.consignorId().equals(consignorId)).isPresent();
    }
}
