package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.query.BatchPartyRecord.Relation;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestSubmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Opens a manifest's batches to the carriers it names once it is submitted (R21, R13: they scan the labels at
 * pickup), and closes them again when it is cancelled before pickup: then it never carried them. Not on drafts, which
 * the consignor has not signed. Once submitted the carrier keeps reading, in transit and after delivery, as every
 * party keeps what it was party to. Part of batch-view: updated in the submitting transaction.
 */
@Component
@ProcessingGroup(BatchProjection.GROUP)
class NamedCarrierProjection {

    private final NamedCarrierRepository named;
    private final BatchParties parties;

    NamedCarrierProjection(NamedCarrierRepository named, BatchParties parties) {
        this.named = named;
        this.parties = parties;
    }

    @EventHandler
    void on(ManifestDrafted event) {
        for (BatchLine line : event.lines()) {
            for (UUID carrier : event.carrierIds()) {
                named.save(new NamedCarrierRecord(event.manifestId(), line.batchId(), carrier));
            }
        }
    }

    @EventHandler
    void on(ManifestSubmitted event) {
        named.submit(event.manifestId());
        parties.addNamedCarriersOf(event.manifestId());
    }

    @EventHandler
    void on(ManifestCancelled event) {
        List<NamedCarrierRecord> pairs = named.findByManifestId(event.manifestId());
        named.deleteAll(pairs);
        named.flush();
        for (NamedCarrierRecord pair : pairs) {
            if (!named.existsByBatchIdAndCarrierIdAndSubmittedTrue(pair.batchId(), pair.carrierId())) {
                parties.remove(pair.batchId(), pair.carrierId(), Relation.NAMED_CARRIER);
            }
        }
    }
}
