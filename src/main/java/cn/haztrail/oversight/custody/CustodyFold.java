package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.manifest.api.CorrectionApplied;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.FollowOnLinked;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOverdue;
import cn.haztrail.shared.domain.Quantity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Folds the events of a chain, in the answer's order, into the state of every batch and manifest they concern (R24):
 * the state at an instant is computed from the events recorded by then, never read from the current-state tables.
 * Events that change no state (refusals, offers, proposed corrections) are simply passed over.
 */
final class CustodyFold {

    private final Map<UUID, BatchFacts> batches = new LinkedHashMap<>();
    private final Map<UUID, ManifestFacts> manifests = new LinkedHashMap<>();
    private final List<DiscrepancyRecorded> discrepancies = new ArrayList<>();

    static CustodyFold of(List<?> payloads) {
        CustodyFold fold = new CustodyFold();
        payloads.forEach(fold::apply);
        return fold;
    }

    void apply(Object payload) {
        if (payload instanceof BatchRegistered e) {
            batches.putIfAbsent(e.batchId(), new BatchFacts(e));
        } else if (payload instanceof BatchAllocated e) {
            batch(e.batchId(), b -> b.allocated(e));
        } else if (payload instanceof BatchReleased e) {
            batch(e.batchId(), BatchFacts::released);
        } else if (payload instanceof BatchPickedUp e) {
            batch(e.batchId(), b -> b.pickedUp(e));
        } else if (payload instanceof BatchDelivered e) {
            batch(e.batchId(), BatchFacts::delivered);
        } else if (payload instanceof BatchReceived e) {
            batch(e.batchId(), b -> b.received(e));
        } else if (payload instanceof BatchReturnedToStorage e) {
            batch(e.batchId(), b -> b.returnedToStorage(e));
        } else if (payload instanceof BatchRejected e) {
            batch(e.batchId(), b -> b.rejected(e));
        } else if (payload instanceof BatchDisposed e) {
            batch(e.batchId(), b -> b.disposed(e));
        } else if (payload instanceof BatchStorageOverdue e) {
            batch(e.batchId(), BatchFacts::storageOverdue);
        } else {
            applyManifestEvent(payload);
        }
    }

    private void applyManifestEvent(Object payload) {
        if (payload instanceof ManifestDrafted e) {
            manifests.putIfAbsent(e.manifestId(), new ManifestFacts(e, waitingAt(e.previousManifestId())));
        } else if (payload instanceof ManifestSubmitted e) {
            manifest(e.manifestId(), m -> m.submitted(e.number()));
        } else if (payload instanceof ManifestCancelled e) {
            manifest(e.manifestId(), ManifestFacts::cancelled);
        } else if (payload instanceof ManifestPickedUp e) {
            manifest(e.manifestId(), m -> m.pickedUp(e.carrierId()));
        } else if (payload instanceof HandoverCompleted e) {
            manifest(e.manifestId(), m -> m.handedOver(e.toCarrierId()));
        } else if (payload instanceof ManifestArrived e) {
            manifest(e.manifestId(), ManifestFacts::arrived);
        } else if (payload instanceof ReceiptOverdue e) {
            manifest(e.manifestId(), ManifestFacts::overdue);
        } else if (payload instanceof DiscrepancyRecorded e) {
            discrepancies.add(e);
        } else if (payload instanceof ManifestReceived e) {
            manifest(e.manifestId(), m -> m.received(e));
            e.lines().forEach(line -> batch(line.batchId(), b -> b.receiptLine(line)));
        } else if (payload instanceof FollowOnLinked e) {
            manifest(e.manifestId(), m -> m.followedBy(e.followOnManifestId()));
        } else if (payload instanceof CorrectionApplied e) {
            manifest(e.manifestId(), m -> m.corrected(e.changes()));
        }
    }

    /** Rejected waste waits at the receiver that rejected it until a follow-on manifest picks it up. */
    private UUID waitingAt(UUID previousManifestId) {
        ManifestFacts previous = previousManifestId == null ? null : manifests.get(previousManifestId);
        return previous == null ? null : previous.receiverId;
    }

    BatchFacts batch(UUID batchId) {
        return batches.get(batchId);
    }

    ManifestFacts manifest(UUID manifestId) {
        return manifests.get(manifestId);
    }

    Collection<BatchFacts> batches() {
        return batches.values();
    }

    Collection<ManifestFacts> manifests() {
        return manifests.values();
    }

    /** HazTrail records no event that settles a discrepancy, so every one recorded so far is still open. */
    List<DiscrepancyRecorded> openDiscrepancies() {
        return List.copyOf(discrepancies);
    }

    /** On the road, the carrier holding the manifest (after handovers); otherwise where the waste rests. */
    UUID holderOf(BatchFacts batch) {
        if (batch.onTheRoad()) {
            ManifestFacts trip = manifests.get(batch.manifestId);
            return trip != null && trip.holderId != null ? trip.holderId : batch.carrierId;
        }
        return batch.restingAt;
    }

    /** The disposal method, else the one the receipt stated, else the one planned on its manifest. */
    String methodOf(BatchFacts batch) {
        if (batch.disposalMethod != null) {
            return batch.disposalMethod;
        }
        if (batch.receiptMethod != null) {
            return batch.receiptMethod;
        }
        ManifestFacts trip = batch.manifestId == null ? null : manifests.get(batch.manifestId);
        return trip == null ? null : trip.plannedMethod;
    }

    /** What was disposed of from the waste this manifest's receiver accepted. */
    Quantity disposedFrom(ManifestFacts manifest) {
        return Totals.sum(manifest.lines.keySet().stream().map(batches::get).filter(Objects::nonNull)
                .filter(b -> manifest.manifestId.equals(b.acceptedOn)).map(b -> b.disposed).toList());
    }

    /** The numbers assigned so far, in the order the manifests were drafted. */
    List<String> manifestNumbers() {
        return manifests.values().stream().map(m -> m.number).filter(Objects::nonNull).toList();
    }

    private void batch(UUID batchId, Consumer<BatchFacts> change) {
        BatchFacts batch = batches.get(batchId);
        if (batch != null) {
            change.accept(batch);
        }
    }

    private void manifest(UUID manifestId, Consumer<ManifestFacts> change) {
        ManifestFacts manifest = manifests.get(manifestId);
        if (manifest != null) {
            change.accept(manifest);
        }
    }
}
