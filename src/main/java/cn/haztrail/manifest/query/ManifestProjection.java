package cn.haztrail.manifest.query;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.*;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Manifests as their parties read them; subscribing, so a write's answer already shows the write. */
@Component
@ProcessingGroup(ManifestProjection.GROUP)
class ManifestProjection {

    static final String GROUP = "manifest-view";

    private final ManifestRepository manifests;
    private final ManifestLineRepository lines;
    private final CorrectionRepository corrections;
    private final PartyManifests parties;

    ManifestProjection(ManifestRepository manifests, ManifestLineRepository lines, CorrectionRepository corrections,
                       PartyManifests parties) {
        this.manifests = manifests;
        this.lines = lines;
        this.corrections = corrections;
        this.parties = parties;
    }

    @EventHandler
    void on(ManifestDrafted event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        ManifestRecord manifest = manifests.save(new ManifestRecord(event.manifestId(), event.kind(),
                event.consignorId(), event.originRegion(), event.receiverId(), event.destinationRegion(),
                event.carrierIds(), event.vehiclePlate(), event.plannedDate(), event.plannedMethod(),
                event.approvalId(), event.emergencyMeasures(), event.previousManifestId(), recordedAt, version));
        parties.drafted(List.of(manifest));
        Map<UUID, UUID> exemptions = event.exemptLines().stream()
                .collect(Collectors.toMap(ExemptLine::batchId, ExemptLine::exemptionId, (first, twice) -> first));
        for (int i = 0; i < event.lines().size(); i++) {
            BatchLine line = event.lines().get(i);
            lines.save(new ManifestLineRecord(event.manifestId(), i + 1, line, exemptions.get(line.batchId())));
        }
        if (event.previousManifestId() != null) {
            // shown on the previous manifest at once; its own stream records the link a moment later
            // (FollowOnLinked, from a process), which is when its version moves
            manifests.findById(event.previousManifestId()).ifPresent(m -> m.followedBy(event.manifestId()));
        }
    }

    @EventHandler
    void on(ManifestSubmitted event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> m.submitted(event.number()));
    }

    @EventHandler
    void on(RefusalRecorded event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> { });
    }

    @EventHandler
    void on(ManifestCancelled event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> m.cancelled(event.reason()));
    }

    @EventHandler
    void on(LoadingRefused event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> { });
    }

    @EventHandler
    void on(ManifestPickedUp event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> m.pickedUp(event.carrierId(), event.pickedUpAt()));
    }

    @EventHandler
    void on(HandoverOffered event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> m.offered(event.toCarrierId()));
    }

    @EventHandler
    void on(HandoverCompleted event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> m.handedOver(event.toCarrierId(), event.vehiclePlate()));
    }

    @EventHandler
    void on(ManifestArrived event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> m.arrived(event.arrivedAt(), event.receiptDueAt()));
    }

    @EventHandler
    void on(ReceiptOverdue event, @SequenceNumber long version) {
        update(event.manifestId(), version, ManifestRecord::overdue);
    }

    @EventHandler
    void on(DiscrepancyRecorded event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> { });
    }

    @EventHandler
    void on(ManifestReceived event, @SequenceNumber long version) {
        // the manifest's lines in one read, however many it has
        Map<UUID, LineOutcome> outcomes = event.lines().stream()
                .collect(Collectors.toMap(LineOutcome::batchId, outcome -> outcome, (first, again) -> first));
        for (ManifestLineRecord line : lines.findByManifestIdOrderByLineNo(event.manifestId())) {
            LineOutcome outcome = outcomes.get(line.batchId());
            if (outcome != null) {
                line.received(outcome);
            }
        }
        update(event.manifestId(), version, m -> m.received(event.outcome(), event.receivedAt(), event.late()));
    }

    @EventHandler
    void on(FollowOnLinked event, @SequenceNumber long version) {
        update(event.manifestId(), version, m -> m.followedBy(event.followOnManifestId()));
    }

    @EventHandler
    void on(CorrectionProposed event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        corrections.save(new CorrectionRecord(event.correctionId(), event.manifestId(), event.proposedBy(),
                event.reason(), recordedAt, event.changes().stream()
                .map(c -> new CorrectionRecord.Change(c.field(), c.oldValue(), c.newValue())).toList(),
                event.awaitingApprovalOf()));
        update(event.manifestId(), version, ManifestRecord::correctionProposed);
    }

    @EventHandler
    void on(CorrectionApproved event, @SequenceNumber long version) {
        corrections.findById(event.correctionId()).ifPresent(c -> c.approvedBy(event.approvedBy()));
        update(event.manifestId(), version, m -> { });
    }

    @EventHandler
    void on(CorrectionRejected event, @SequenceNumber long version) {
        corrections.findById(event.correctionId()).ifPresent(c -> c.settled(CorrectionRecord.State.REJECTED));
        update(event.manifestId(), version, m -> { });
    }

    @EventHandler
    void on(CorrectionApplied event, @SequenceNumber long version) {
        corrections.findById(event.correctionId()).ifPresent(c -> c.settled(CorrectionRecord.State.APPLIED));
        update(event.manifestId(), version, m -> event.changes().forEach(c -> m.corrected(c.field(), c.newValue())));
    }

    private void update(UUID manifestId, long version, Consumer<ManifestRecord> change) {
        manifests.findById(manifestId).ifPresent(manifest -> {
            change.accept(manifest);
            manifest.advanceTo(version);
        });
    }
}
