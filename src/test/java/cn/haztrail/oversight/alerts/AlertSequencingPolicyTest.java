package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AlertSequencingPolicyTest {

    private final AlertSequencingPolicy policy = new AlertSequencingPolicy();

    @Test
    void R17_a_discrepancy_is_ordered_with_its_batch_not_its_manifest() {
        UUID manifest = UUID.randomUUID();
        UUID batch = UUID.randomUUID();
        var event = new GenericDomainEventMessage<>("TransferManifest", manifest.toString(), 7,
                new DiscrepancyRecorded(manifest, batch, List.of(DiscrepancyKind.FORM), Quantity.kg("1"),
                        Quantity.kg("1"), 1, 1, null));
        assertThat(policy.getSequenceIdentifierFor(event)).isEqualTo(batch.toString());
    }

    @Test
    void every_other_event_is_ordered_with_its_aggregate() {
        UUID manifest = UUID.randomUUID();
        var event = new GenericDomainEventMessage<>("TransferManifest", manifest.toString(), 3,
                new ManifestCancelled(manifest, "test", null, null));
        assertThat(policy.getSequenceIdentifierFor(event)).isEqualTo(manifest.toString());
    }
}
