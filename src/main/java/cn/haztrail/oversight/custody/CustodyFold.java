package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.manifest.api.CorrectionApplied;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.FollowOnLinked;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
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
    private final List<BatchRepacked> repackings = new ArrayList<>();

    static CustodyFold of(List<?> payloads) {
        CustodyFold fold = new CustodyFold();
        payloads.forEach(fold::apply);
        return fold;
    }

    /**
     * The seven custody events a batch's stream held before issue 16 (BatchAllocated ... BatchReturnedToStorage) are
     * passed over: the manifest's events carry the same steps, so a chain folds the same with or without them.
     */
    void apply(Object payload) {
        if (payload instanceof BatchRegistered e) {
            batches.putIfAbsent(e.batchId(), new BatchFacts(e));
        } else if (payload instanceof BatchRepacked e) {
            e.sources().forEach(share -> batch(share.batchId(), b -> b.sharedOut(share.quantity())));
            batches.putIfAbsent(e.batchId(), new BatchFacts(e));
            repackings.add(e);
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
            e.lines().forEach(line -> batch(line.batchId(), b -> b.allocated(e.manifestId())));
        } else if (payload instanceof ManifestSubmitted e) {
            manifest(e.manifestId(), m -> m.submitted(e.number()));
        } else if (payload instanceof ManifestCancelled e) {
            manifest(e.manifestId(), ManifestFacts::cancelled);
            batchesOn(e.manifestId(), BatchFacts::released);
        } else if (payload instanceof ManifestPickedUp e) {
            manifest(e.manifestId(), m -> m.pickedUp(e.carrierId()));
            batchesOn(e.manifestId(), b -> b.pickedUp(e.carrierId()));
        } else if (payload instanceof HandoverCompleted e) {
            manifest(e.manifestId(), m -> m.handedOver(e.toCarrierId()));
        } else if (payload instanceof ManifestArrived e) {
            manifest(e.manifestId(), ManifestFacts::arrived);
            batchesOn(e.manifestId(), BatchFacts::delivered);
        } else if (payload instanceof ReceiptOverdue e) {
            manifest(e.manifestId(), ManifestFacts::overdue);
        } else if (payload instanceof DiscrepancyRecorded e) {
            discrepancies.add(e);
        } else if (payload instanceof ManifestReceived e) {
            manifest(e.manifestId(), m -> m.received(e));
            e.lines().forEach(line -> received(e, line));
        } else if (payload instanceof FollowOnLinked e) {
            manifest(e.manifestId(), m -> m.followedBy(e.followOnManifestId()));
        } else if (payload instanceof CorrectionApplied e) {
            manifest(e.manifestId(), m -> m.corrected(e.changes()));
        }
    }

    /**
     * The receiver's decision on one line moves the batch if it is on that manifest: rejected, accepted, or, taken
     * back by its own producer (a return manifest), in storage again with the weighed quantity.
     */
    private void received(ManifestReceived receipt, LineOutcome line) {
        BatchFacts batch = batches.get(line.batchId());
        if (batch == null) {
            return;
        }
        if (receipt.manifestId().equals(batch.manifestId)) {
            if (line.decision() == LineDecision.REJECT) {
                batch.rejected(receipt.receiverId());
            } else if (receipt.kind() == ManifestKind.RETURN || batch.producerId.equals(receipt.receiverId())) {
                batch.returnedToStorage(line.acceptedQuantity(), receipt.receiverId());
            } else {
                batch.received(receipt.manifestId(), receipt.receiverId(), line.acceptedQuantity());
                if (line.decision() == LineDecision.PARTIAL) {
                    batch.partlyAccepted();
                }
            }
        }
        batch.receiptLine(line);
    }

    /** The batches of the chain that the manifest's lines name and that are on it now. */
    private void batchesOn(UUID manifestId, Consumer<BatchFacts> change) {
        ManifestFacts manifest = manifests.get(manifestId);
        if (manifest == null) {
            return;
        }
        manifest.lines.keySet().stream().map(batches::get).filter(Objects::nonNull)
                .filter(batch -> manifestId.equals(batch.manifestId)).forEach(change);
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
    /** The repackings counted, in the answer's order: each names its new batch and the shares of its sources. */
    List<BatchRepacked> repackings() {
        return List.copyOf(repackings);
    }

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
