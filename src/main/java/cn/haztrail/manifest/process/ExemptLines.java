package cn.haztrail.manifest.process;

import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.query.ManifestLineRecord;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.shared.axon.ProcessingBatch;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which lines of a received manifest were sent under an exemption (R37), from the manifest's lines as drafted: they
 * are written with the draft in its own transaction (a subscribing projection), so a receipt always finds them. Read
 * once per processing batch for all the receipts it holds (an import's are many).
 */
@Component
class ExemptLines {

    private final ManifestQueries manifests;

    ExemptLines(ManifestQueries manifests) {
        this.manifests = manifests;
    }

    /**
     * @return batch id to exemption id, empty when no line is exempt
     * @throws IllegalStateException when the manifest's lines are not there (being rebuilt): the process retries
     */
    Map<UUID, UUID> of(UUID manifestId) {
        List<ManifestLineRecord> lines = ProcessingBatch.lookUpOnce("custody-process-manifest-lines", manifestId,
                () -> ProcessingBatch.named(ManifestReceived.class, ManifestReceived::manifestId), List.of(),
                this::load);
        if (lines.isEmpty()) {
            throw new IllegalStateException("The lines of manifest " + manifestId + " are not readable yet");
        }
        return lines.stream().filter(line -> line.exemptionId() != null)
                .collect(Collectors.toMap(ManifestLineRecord::batchId, ManifestLineRecord::exemptionId));
    }

    private void load(Set<UUID> wanted, Map<UUID, List<ManifestLineRecord>> known) {
        manifests.lines(wanted).stream().collect(Collectors.groupingBy(ManifestLineRecord::manifestId))
                .forEach(known::put);
    }
}
