package cn.haztrail.console.manifest;

import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.query.ManifestView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which step is whose turn, as the manifest page and the waiting list offer it. */
class ManifestActionsTest {

    static final UUID CONSIGNOR = UUID.randomUUID();
    static final UUID FIRST = UUID.randomUUID();
    static final UUID SECOND = UUID.randomUUID();
    static final UUID RECEIVER = UUID.randomUUID();

    @Test
    void a_draft_waits_for_its_consignor_only() {
        ManifestView draft = manifest(ManifestStatus.DRAFT, CONSIGNOR, null);

        assertThat(ManifestActions.of(draft, CONSIGNOR)).containsExactly(ManifestActions.SUBMIT);
        assertThat(ManifestActions.of(draft, FIRST)).isEmpty();
    }

    @Test
    void a_submitted_manifest_waits_for_its_first_carrier_to_pick_up() {
        ManifestView submitted = manifest(ManifestStatus.SUBMITTED, CONSIGNOR, null);

        assertThat(ManifestActions.of(submitted, FIRST)).containsExactly(ManifestActions.PICKUP);
        assertThat(ManifestActions.of(submitted, SECOND)).isEmpty();
    }

    @Test
    void R15_in_transit_the_holding_carrier_hands_over_and_the_last_one_confirms_arrival() {
        assertThat(ManifestActions.of(manifest(ManifestStatus.IN_TRANSIT, FIRST, null), FIRST))
                .containsExactly(ManifestActions.HANDOVER);
        assertThat(ManifestActions.of(manifest(ManifestStatus.IN_TRANSIT, FIRST, SECOND), SECOND))
                .containsExactly(ManifestActions.HANDOVER);
        assertThat(ManifestActions.of(manifest(ManifestStatus.IN_TRANSIT, SECOND, null), SECOND))
                .containsExactly(ManifestActions.ARRIVAL);
    }

    @Test
    void R16_an_arrived_manifest_waits_for_its_receiver() {
        ManifestView arrived = manifest(ManifestStatus.ARRIVED, RECEIVER, null);

        assertThat(ManifestActions.of(arrived, RECEIVER)).containsExactly(ManifestActions.RECEIPT);
        assertThat(ManifestActions.of(arrived, CONSIGNOR)).isEmpty();
    }

    private static ManifestView manifest(ManifestStatus status, UUID holder, UUID offeredTo) {
        return new ManifestView(UUID.randomUUID(), null, ManifestKind.TRANSFER, status, CONSIGNOR, "360203",
                RECEIVER, "360222", List.of(FIRST, SECOND), holder, offeredTo, "赣H12345", null, "D10", null, null,
                null, null, Instant.EPOCH, null, null, null, false, null, null, false, null, List.of(), List.of(), 0);
    }
}
