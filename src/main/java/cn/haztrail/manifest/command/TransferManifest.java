package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.*;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An electronic transfer manifest (电子转移联单): one trip from a consignor through carriers to a receiver. */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN)
public class TransferManifest {

    static final String RECEIPT_DEADLINE = "receipt-due";
    private static final int RECEIPT_WORKING_DAYS = 5;

    @AggregateIdentifier
    private UUID manifestId;
    private ManifestKind kind;
    private ManifestStatus status;
    private UUID receiverId;
    /** The consignor, the carriers and the receiver: who takes part in corrections (R20). */
    private Set<UUID> parties;
    private List<UUID> carrierIds;
    private int holder = -1;
    private UUID offeredTo;
    private CorrectableTerms terms;
    private Map<UUID, BatchLine> lines;
    private Instant receiptDueAt;
    private boolean hasRejectedLines;
    private final Map<UUID, PendingCorrection> corrections = new HashMap<>();

    protected TransferManifest() {
    }

    @CommandHandler
    public TransferManifest(DraftManifest command) {
        DraftRules.check(command);
        apply(new ManifestDrafted(command.manifestId(), command.kind(), command.consignorId(), command.originRegion(),
                command.receiverId(), command.destinationRegion(), List.copyOf(command.carrierIds()),
                command.vehiclePlate(), command.plannedDate(), List.copyOf(command.lines()), command.plannedMethod(),
                command.approvalId(), command.emergencyMeasures(), command.previousManifestId()));
    }

    @CommandHandler
    public void handle(SubmitManifest command) {
        requireStatus("R11", ManifestStatus.DRAFT);
        apply(new ManifestSubmitted(manifestId, command.number()));
    }

    @CommandHandler
    public void handle(RecordRefusal command) {
        apply(new RefusalRecorded(manifestId, command.step(), command.rule(), command.reason()));
    }

    @CommandHandler
    public void handle(CancelManifest command) {
        requireStatus("R12", ManifestStatus.DRAFT, ManifestStatus.SUBMITTED);
        apply(new ManifestCancelled(manifestId, command.reason()));
    }

    /** @return the labels check: empty when the labels match, else what was missing or unexpected (recorded) */
    @CommandHandler
    public LabelCheck handle(ConfirmPickup command) {
        requireStatus("R13", ManifestStatus.SUBMITTED);
        if (!carrierIds.get(0).equals(command.carrierId())) {
            throw CommandRefused.ruleViolated("R13", "carrierId", "only the first carrier named on the manifest picks up");
        }
        if (!terms.vehiclePlate().equals(command.vehiclePlate())) {
            throw CommandRefused.ruleViolated("R13", "vehiclePlate",
                    "the manifest names vehicle " + terms.vehiclePlate() + ", not " + command.vehiclePlate());
        }
        LabelCheck check = LabelCheck.of(lines.values(), command.scannedLabelIds());
        if (!check.matches()) {
            apply(new LoadingRefused(manifestId, command.carrierId(), check.missing(), check.unexpected()));
            return check;
        }
        apply(new ManifestPickedUp(manifestId, command.carrierId(), command.vehiclePlate(), command.driverRef(),
                command.pickedUpAt()));
        return check;
    }

    @CommandHandler
    public void handle(OfferHandover command) {
        requireStatus("R15", ManifestStatus.IN_TRANSIT);
        requireHolder(command.fromCarrierId(), "fromCarrierId");
        if (holder + 1 >= carrierIds.size() || !carrierIds.get(holder + 1).equals(command.toCarrierId())) {
            throw CommandRefused.ruleViolated("R15", "toCarrierId", "custody passes to the next carrier on the manifest");
        }
        apply(new HandoverOffered(manifestId, command.fromCarrierId(), command.toCarrierId(), command.offeredAt()));
    }

    @CommandHandler
    public void handle(AcceptHandover command) {
        requireStatus("R15", ManifestStatus.IN_TRANSIT);
        if (offeredTo == null || !offeredTo.equals(command.toCarrierId())) {
            throw CommandRefused.conflict("R15", "toCarrierId", "no handover was offered to this carrier");
        }
        apply(new HandoverCompleted(manifestId, carrierIds.get(holder), command.toCarrierId(), command.vehiclePlate(),
                command.handedOverAt()));
    }

    @CommandHandler
    public void handle(ConfirmArrival command, WorkingDayCalendar calendar, DeadlineManager deadlines) {
        requireStatus("R15", ManifestStatus.IN_TRANSIT);
        requireHolder(command.carrierId(), "carrierId");
        if (holder != carrierIds.size() - 1 || offeredTo != null) {
            throw CommandRefused.ruleViolated("R15", "carrierId", "the last carrier on the manifest delivers");
        }
        Instant due = calendar.deadlineAfter(command.arrivedAt(), RECEIPT_WORKING_DAYS);
        apply(new ManifestArrived(manifestId, command.carrierId(), command.arrivedAt(), due));
        deadlines.schedule(due, RECEIPT_DEADLINE);
    }

    @DeadlineHandler(deadlineName = RECEIPT_DEADLINE)
    void onReceiptDue() {
        if (status == ManifestStatus.ARRIVED) {
            apply(new ReceiptOverdue(manifestId, receiverId, receiptDueAt));
        }
    }

    /** @return each line's outcome, so that the batches can follow */
    @CommandHandler
    public List<LineOutcome> handle(ConfirmReceipt command, ReceiptPolicy policy, DeadlineManager deadlines) {
        requireStatus("R16", ManifestStatus.ARRIVED);
        if (!receiverId.equals(command.receiverId())) {
            throw CommandRefused.ruleViolated("R15", "receiverId", "only the receiver named on the manifest receives");
        }
        List<ReceiptLine> checked = ReceiptRules.checkedLines(command.lines(), lines.keySet(), kind);
        ReceiptRules.checkPlausible(checked, lines, policy.quantityTolerance());
        List<LineOutcome> outcomes = new ArrayList<>();
        for (ReceiptLine found : checked) {
            BatchLine declared = lines.get(found.batchId());
            LineOutcome outcome = ReceiptEvaluation.outcome(declared, found, policy.quantityTolerance());
            outcomes.add(outcome);
            if (!outcome.discrepancies().isEmpty()) {
                apply(new DiscrepancyRecorded(manifestId, found.batchId(), outcome.discrepancies(), declared.quantity(),
                        found.acceptedQuantity(), declared.packaging().count(), found.containersReceived(),
                        found.note()));
            }
        }
        apply(new ManifestReceived(manifestId, receiverId, outcomes, ReceiptEvaluation.overall(outcomes),
                command.receivedAt(), command.receivedAt().isAfter(receiptDueAt)));
        deadlines.cancelAllWithinScope(RECEIPT_DEADLINE);
        return outcomes;
    }

    @CommandHandler
    public void handle(LinkFollowOn command) {
        requireStatus("R18", ManifestStatus.RECEIVED);
        if (!hasRejectedLines) {
            throw CommandRefused.conflict("R18", "previousManifestId", "this manifest has no rejected waste to carry on");
        }
        apply(new FollowOnLinked(manifestId, command.followOnManifestId(), command.kind()));
    }

    @CommandHandler
    public void handle(ProposeCorrection command) {
        if (status == ManifestStatus.DRAFT || status == ManifestStatus.CANCELLED) {
            throw CommandRefused.conflict("R20", "manifestId", "a " + status + " manifest is changed by its consignor, "
                    + "not corrected");
        }
        if (corrections.containsKey(command.correctionId())) {
            throw CommandRefused.conflict("R20", "correctionId", "correction " + command.correctionId() + " exists");
        }
        CorrectionRules.requireParty(parties, command.proposedBy(), "proposedBy");
        List<UUID> others = parties.stream().filter(party -> !party.equals(command.proposedBy())).sorted().toList();
        apply(new CorrectionProposed(manifestId, command.correctionId(), command.proposedBy(),
                Corrections.diff(command.changes(), terms.values()), command.reason(), others));
    }

    @CommandHandler
    public void handle(ApproveCorrection command) {
        PendingCorrection correction = CorrectionRules.awaiting(corrections, parties, command.correctionId(),
                command.approvedBy(), "approvedBy");
        apply(new CorrectionApproved(manifestId, command.correctionId(), command.approvedBy()));
        if (correction.isLastApproval(command.approvedBy())) {
            apply(new CorrectionApplied(manifestId, command.correctionId(), correction.changes()));
        }
    }

    @CommandHandler
    public void handle(RejectCorrection command) {
        CorrectionRules.awaiting(corrections, parties, command.correctionId(), command.rejectedBy(), "rejectedBy");
        apply(new CorrectionRejected(manifestId, command.correctionId(), command.rejectedBy(), command.reason()));
    }

    private void requireHolder(UUID carrierId, String field) {
        if (holder < 0 || !carrierIds.get(holder).equals(carrierId)) {
            throw CommandRefused.ruleViolated("R15", field, "only the carrier holding the waste may do this");
        }
    }

    private void requireStatus(String rule, ManifestStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw CommandRefused.conflict(rule, "status", "not allowed while the manifest is " + status);
        }
    }

    @EventSourcingHandler
    void on(ManifestDrafted event) {
        manifestId = event.manifestId();
        kind = event.kind();
        status = ManifestStatus.DRAFT;
        receiverId = event.receiverId();
        carrierIds = event.carrierIds();
        Set<UUID> all = new HashSet<>(carrierIds);
        all.add(event.consignorId());
        all.add(receiverId);
        parties = Set.copyOf(all);
        terms = new CorrectableTerms(event.plannedDate().toString(), event.vehiclePlate(), event.plannedMethod(),
                event.emergencyMeasures());
        lines = new LinkedHashMap<>();
        event.lines().forEach(line -> lines.put(line.batchId(), line));
    }

    @EventSourcingHandler
    void on(ManifestSubmitted event) {
        status = ManifestStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ManifestCancelled event) {
        status = ManifestStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ManifestPickedUp event) {
        status = ManifestStatus.IN_TRANSIT;
        holder = 0;
    }

    @EventSourcingHandler
    void on(HandoverOffered event) {
        offeredTo = event.toCarrierId();
    }

    @EventSourcingHandler
    void on(HandoverCompleted event) {
        holder++;
        offeredTo = null;
        terms = terms.withVehicle(event.vehiclePlate());
    }

    @EventSourcingHandler
    void on(ManifestArrived event) {
        status = ManifestStatus.ARRIVED;
        receiptDueAt = event.receiptDueAt();
    }

    @EventSourcingHandler
    void on(ManifestReceived event) {
        status = ManifestStatus.RECEIVED;
        hasRejectedLines = event.lines().stream().anyMatch(line -> line.decision() == LineDecision.REJECT);
    }

    @EventSourcingHandler
    void on(CorrectionProposed event) {
        corrections.put(event.correctionId(), new PendingCorrection(event.changes(), Set.copyOf(event.awaitingApprovalOf())));
    }

    @EventSourcingHandler
    void on(CorrectionApproved event) {
        corrections.computeIfPresent(event.correctionId(), (id, pending) -> pending.approvedBy(event.approvedBy()));
    }

    @EventSourcingHandler
    void on(CorrectionRejected event) {
        corrections.remove(event.correctionId());
    }

    @EventSourcingHandler
    void on(CorrectionApplied event) {
        corrections.remove(event.correctionId());
        terms = terms.with(event.changes());
    }
}
