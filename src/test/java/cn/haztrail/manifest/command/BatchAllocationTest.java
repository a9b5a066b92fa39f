package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.custody.Custody;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.RefusalReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.haztrail.catalogue.HazardCharacteristic.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which batches a draft may carry, decided from the command side's custody table (R08, R10, R18, R21, R25). */
class BatchAllocationTest {

    private static final UUID PRODUCER = UUID.randomUUID();
    private static final UUID MANIFEST = UUID.randomUUID();
    private static final UUID REJECTING = UUID.randomUUID();
    private static final Instant GENERATED = Instant.parse("2026-11-20T01:30:00Z");
    private static final Instant DRAFTED = GENERATED.plusSeconds(3_600);

    private final UUID batch = UUID.randomUUID();

    @Test
    void R10_a_batch_in_its_producers_storage_goes_on_the_manifest_as_the_line_it_copies() {
        Custody custody = custody(BatchStatus.IN_STORAGE, null);

        List<BatchLine> lines = allocation(custody).lines(List.of(batch), MANIFEST, PRODUCER, null, DRAFTED);

        assertThat(lines).containsExactly(new BatchLine(batch, "L-1", "2021", "900-249-08", "废矿物油",
                Quantity.kg("1250.5"), PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 4), List.of(T)));
    }

    @Test
    void R10_R21_another_producers_batch_is_answered_like_an_unknown_one() {
        assertRefused(() -> allocation(custody(BatchStatus.IN_STORAGE, null))
                        .lines(List.of(batch), MANIFEST, UUID.randomUUID(), null, DRAFTED),
                RefusalReason.NOT_FOUND, null, "batchIds");
        assertRefused(() -> allocation(null).lines(List.of(batch), MANIFEST, PRODUCER, null, DRAFTED),
                RefusalReason.NOT_FOUND, null, "batchIds");
    }

    @Test
    void R08_a_batch_on_another_manifest_is_refused() {
        assertRefused(() -> allocation(custody(BatchStatus.ALLOCATED, UUID.randomUUID()))
                .lines(List.of(batch), MANIFEST, PRODUCER, null, DRAFTED), RefusalReason.CONFLICT, "R08", "batchId");
    }

    @Test
    void R08_a_received_or_disposed_batch_is_refused() {
        assertRefused(() -> allocation(custody(BatchStatus.RECEIVED, REJECTING))
                .lines(List.of(batch), MANIFEST, PRODUCER, REJECTING, DRAFTED), RefusalReason.CONFLICT, "R08", "batchId");
        assertRefused(() -> allocation(custody(BatchStatus.DISPOSED, REJECTING))
                .lines(List.of(batch), MANIFEST, PRODUCER, REJECTING, DRAFTED), RefusalReason.CONFLICT, "R08", "batchId");
    }

    @Test
    void R18_a_rejected_batch_goes_only_on_a_manifest_that_follows_the_rejecting_one() {
        Custody rejected = custody(BatchStatus.REJECTED, REJECTING);

        assertRefused(() -> allocation(rejected).lines(List.of(batch), MANIFEST, PRODUCER, null, DRAFTED),
                RefusalReason.CONFLICT, "R08", "previousManifestId");
        assertThat(allocation(rejected).lines(List.of(batch), MANIFEST, PRODUCER, REJECTING, DRAFTED)).hasSize(1);
    }

    @Test
    void R25_a_draft_before_the_batch_was_generated_is_refused() {
        assertRefused(() -> allocation(custody(BatchStatus.IN_STORAGE, null))
                        .lines(List.of(batch), MANIFEST, PRODUCER, null, GENERATED.minusSeconds(60)),
                RefusalReason.RULE_VIOLATED, "R25", "draftedAt");
    }

    private BatchAllocation allocation(Custody custody) {
        return new BatchAllocation(id -> Optional.ofNullable(custody).filter(c -> c.batchId().equals(id)));
    }

    private Custody custody(BatchStatus status, UUID manifest) {
        return new Custody(batch, PRODUCER, status, manifest, null, "L-1", "2021", "900-249-08", "废矿物油",
                Quantity.kg("1250.5"), PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 4), List.of(T),
                GENERATED, GENERATED.plusSeconds(86_400L * 365), null, null, null);
    }

    private static void assertRefused(Runnable call, RefusalReason reason, String rule, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CommandRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.rule()).isEqualTo(rule);
            assertThat(refused.field()).isEqualTo(field);
        });
    }
}
