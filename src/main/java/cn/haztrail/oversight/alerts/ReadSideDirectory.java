package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReader;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** {@link AlertDirectory} over the manifest, batch and registry views. */
@Component
class ReadSideDirectory implements AlertDirectory {

    private final ManifestQueries manifests;
    private final BatchQueries batches;
    private final EnterpriseQueries enterprises;

    ReadSideDirectory(ManifestQueries manifests, BatchQueries batches, EnterpriseQueries enterprises) {
        this.manifests = manifests;
        this.batches = batches;
        this.enterprises = enterprises;
    }

    @Override
    public Optional<Manifest> manifest(UUID manifestId) {
        return manifests.record(manifestId).map(m -> new Manifest(m.id(), m.number(), enterprise(m.consignorId()),
                enterprise(m.receiverId()), m.originRegion(), m.destinationRegion(), m.receiptDueAt()));
    }

    @Override
    public Optional<String> labelId(UUID batchId) {
        return batches.find(batchId, BatchReader.all()).map(BatchView::labelId);
    }

    @Override
    public Enterprise enterprise(UUID enterpriseId) {
        // the summary, not the profile: an alert needs no licences, permits or vehicles (three queries fewer)
        return enterprises.summary(enterpriseId)
                .map(p -> new Enterprise(enterpriseId, p.name(), p.regionCode()))
                .orElse(new Enterprise(enterpriseId, null, null));
    }
}
