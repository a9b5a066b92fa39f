package cn.haztrail.console.label;

import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReader;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestRecord;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a label for the public check. Anyone holding the label may check it (the label is on the drum), so the batch
 * is read unrestricted and then reduced to the public fields of {@link LabelCheck}.
 */
@Service
class LabelChecks {

    private final BatchQueries batches;
    private final ManifestQueries manifests;
    private final EnterpriseQueries enterprises;

    LabelChecks(BatchQueries batches, ManifestQueries manifests, EnterpriseQueries enterprises) {
        this.batches = batches;
        this.manifests = manifests;
        this.enterprises = enterprises;
    }

    Optional<LabelCheck> check(String labelId) {
        return batches.findByLabelId(labelId, BatchReader.all()).map(this::check);
    }

    private LabelCheck check(BatchView batch) {
        String custody = custody(batch.status());
        String manifest = "IN_STORAGE".equals(custody) || batch.manifestId() == null ? null
                : manifests.record(batch.manifestId()).map(ManifestRecord::number).orElse(null);
        return new LabelCheck(batch.labelId(), batch.wasteCode(), batch.category(), batch.wasteName(),
                batch.hazardCharacteristics().stream().map(LabelChecks::hazard).toList(), batch.generatedAt(),
                enterprises.summary(batch.producerId()).map(EnterpriseSummary::name).orElse(null),
                custody, manifest);
    }

    /** A manifest not yet picked up leaves the batch in its producer's store. */
    private static String custody(BatchStatus status) {
        return status == BatchStatus.ALLOCATED ? BatchStatus.IN_STORAGE.name() : status.name();
    }

    private static LabelCheck.Hazard hazard(String code) {
        return Arrays.stream(HazardCharacteristic.values()).filter(h -> h.code().equals(code)).findFirst()
                .map(h -> new LabelCheck.Hazard(code, h.labelZh(), h.labelEn()))
                .orElse(new LabelCheck.Hazard(code, code, code));
    }
}
