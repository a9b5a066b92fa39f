package cn.haztrail.oversight.alerts;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Manifests, labels and enterprises made up by a test; anything else is asked of the real read sides. */
class TestDirectory implements AlertDirectory {

    private final AlertDirectory fallback;
    private final Map<UUID, Manifest> manifests = new HashMap<>();
    private final Map<UUID, String> labels = new HashMap<>();
    private final Map<UUID, Enterprise> enterprises = new HashMap<>();

    TestDirectory(AlertDirectory fallback) {
        this.fallback = fallback;
    }

    Enterprise enterprise(String name, String region) {
        Enterprise enterprise = new Enterprise(UUID.randomUUID(), name, region);
        enterprises.put(enterprise.id(), enterprise);
        return enterprise;
    }

    Manifest manifest(String number, Enterprise consignor, Enterprise receiver) {
        Manifest manifest = new Manifest(UUID.randomUUID(), number, consignor, receiver, consignor.regionCode(),
                receiver.regionCode(), null);
        manifests.put(manifest.id(), manifest);
        return manifest;
    }

    /** The manifest has arrived: its receipt is due then (R16). */
    void arrived(Manifest manifest, Instant receiptDueAt) {
        manifests.put(manifest.id(), new Manifest(manifest.id(), manifest.number(), manifest.consignor(),
                manifest.receiver(), manifest.originRegion(), manifest.destinationRegion(), receiptDueAt));
    }

    UUID batch(String labelId) {
        UUID id = UUID.randomUUID();
        labels.put(id, labelId);
        return id;
    }

    @Override
    public Optional<Manifest> manifest(UUID manifestId) {
        return manifests.containsKey(manifestId) ? Optional.of(manifests.get(manifestId))
                : fallback.manifest(manifestId);
    }

    @Override
    public Optional<String> labelId(UUID batchId) {
        return labels.containsKey(batchId) ? Optional.of(labels.get(batchId)) : fallback.labelId(batchId);
    }

    @Override
    public Enterprise enterprise(UUID enterpriseId) {
        return enterprises.containsKey(enterpriseId) ? enterprises.get(enterpriseId)
                : fallback.enterprise(enterpriseId);
    }
}
