package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.FieldChange;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A manifest as its events had left it. The custody holder follows the manifest read model (consignor, then each
 * carrier, then the receiver) except before the pickup of a return or redirect manifest: its waste then waits at
 * the receiver that rejected it, when the previous manifest is part of the chain.
 */
final class ManifestFacts {

    final UUID manifestId;
    final ManifestKind kind;
    final UUID consignorId;
    final UUID receiverId;
    final UUID previousManifestId;
    final Map<UUID, Line> lines = new LinkedHashMap<>();
    String number;
    ManifestStatus status = ManifestStatus.DRAFT;
    UUID holderId;
    String plannedMethod;
    UUID followOnManifestId;
    ReceiptOutcome outcome;
    boolean receiptOverdue;

    ManifestFacts(ManifestDrafted event, UUID holderBeforePickup) {
        manifestId = event.manifestId();
        kind = event.kind();
        consignorId = event.consignorId();
        receiverId = event.receiverId();
        previousManifestId = event.previousManifestId();
        plannedMethod = event.plannedMethod();
        holderId = holderBeforePickup == null ? consignorId : holderBeforePickup;
        for (BatchLine line : event.lines()) {
            lines.put(line.batchId(), new Line(line.quantity()));
        }
    }

    void submitted(String assignedNumber) {
        number = assignedNumber;
        status = ManifestStatus.SUBMITTED;
    }

    void cancelled() {
        status = ManifestStatus.CANCELLED;
    }

    void pickedUp(UUID carrierId) {
        holderId = carrierId;
        status = ManifestStatus.IN_TRANSIT;
    }

    void handedOver(UUID toCarrierId) {
        holderId = toCarrierId;
    }

    void arrived() {
        status = ManifestStatus.ARRIVED;
    }

    void overdue() {
        receiptOverdue = true;
    }

    void received(ManifestReceived event) {
        status = ManifestStatus.RECEIVED;
        holderId = receiverId;
        outcome = event.outcome();
        receiptOverdue = false;
        for (LineOutcome outcome : event.lines()) {
            Line line = lines.get(outcome.batchId());
            if (line != null) {
                line.decision = outcome.decision();
                line.accepted = outcome.decision() == LineDecision.REJECT ? null : outcome.acceptedQuantity();
                line.method = outcome.decision() == LineDecision.REJECT ? null : outcome.methodCode();
            }
        }
    }

    void followedBy(UUID followOn) {
        followOnManifestId = followOn;
    }

    void corrected(List<FieldChange> changes) {
        changes.stream().filter(change -> "plannedMethod".equals(change.field()))
                .forEach(change -> plannedMethod = change.newValue());
    }

    /** The receipt's methods for what was accepted, else the planned method. */
    String method() {
        List<String> stated = lines.values().stream().map(line -> line.method).filter(Objects::nonNull).distinct()
                .toList();
        return stated.isEmpty() ? plannedMethod : String.join(", ", stated);
    }

    /** One line of the manifest: declared by the consignor, decided and weighed by the receiver. */
    static final class Line {
        final Quantity declared;
        LineDecision decision;
        Quantity accepted;
        String method;

        Line(Quantity declared) {
            this.declared = declared;
        }
    }
}
