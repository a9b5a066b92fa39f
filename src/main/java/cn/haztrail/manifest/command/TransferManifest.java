package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.*;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.time.Chronology;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.i18n.Translatable;
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
    private UUID approvalId;
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
    private final Chronology chronology = new Chronology();

    protected TransferManifest() {
    }

    @CommandHandler
    public TransferManifest(DraftManifest command, StepTimes times) {
        DraftRules.check(command);
        Instant draftedAt = times.orNow(command.draftedAt());
        times.check("draftedAt", draftedAt, command.lateEntry());
        apply(DraftRules.drafted(command, draftedAt));
    }

    @CommandHandler
    public void handle(SubmitManifest command, StepTimes times) {
        requireStatus("R11", ManifestStatus.DRAFT);
        Instant submittedAt = times.orNow(command.submittedAt());
        checkStep(times, "submittedAt", Translatable.of("step.submission"), submittedAt, command.lateEntry());
        apply(new ManifestSubmitted(manifestId, command.number(), submittedAt, command.lateEntry()));
    }

    @CommandHandler
    public void handle(RecordRefusal command) {
        apply(new RefusalRecorded(manifestId, command.step(), command.rule(), command.reason(), command.reasonCode(),
                command.reasonArguments()));
    }

    @CommandHandler
    public void handle(CancelManifest command, StepTimes times) {
        requireStatus("R12", ManifestStatus.DRAFT, ManifestStatus.SUBMITTED);
        Instant cancelledAt = times.orNow(command.cancelledAt());
        checkStep(times, "cancelledAt", Translatable.of("step.cancellation"), cancelledAt, command.lateEntry());
        apply(new ManifestCancelled(manifestId, command.reason(), cancelledAt, command.lateEntry()));
    }

    /** @return the labels check: empty when the labels match, else what was missing or unexpected (recorded) */
    @CommandHandler
    public LabelCheck handle(ConfirmPickup command, StepTimes times) {
        requireStatus("R13", ManifestStatus.SUBMITTED);
        checkStep(times, "pickedUpAt", Translatable.of("step.pickup"), command.pickedUpAt(), command.lateEntry());
        if (!carrierIds.get(0).equals(command.carrierId())) {
            throw CommandRefused.ruleViolated("R13", "carrierId",
                    Translatable.of("refused.manifest.pickup-by-other-carrier"));
        }
        if (!terms.vehiclePlate().equals(command.vehiclePlate())) {
            throw CommandRefused.ruleViolated("R13", "vehiclePlate", Translatable.of("refused.manifest.other-vehicle",
                    terms.vehiclePlate(), command.vehiclePlate()));
        }
        LabelCheck check = LabelCheck.of(lines.values(), command.scannedLabelIds());
        if (!check.matches()) {
            apply(new LoadingRefused(manifestId, command.carrierId(), check.missing(), check.unexpected()));
            return check;
        }
        apply(new ManifestPickedUp(manifestId, command.carrierId(), command.vehiclePlate(), command.driverRef(),
                command.pickedUpAt(), command.lateEntry()));
        return check;
    }

    @CommandHandler
    public void handle(OfferHandover command, StepTimes times) {
        requireStatus("R15", ManifestStatus.IN_TRANSIT);
        requireHolder(command.fromCarrierId(), "fromCarrierId");
        if (holder + 1 >= carrierIds.size() || !carrierIds.get(holder + 1).equals(command.toCarrierId())) {
            throw CommandRefused.ruleViolated("R15", "toCarrierId",
                    Translatable.of("refused.manifest.handover-to-other-carrier"));
        }
        checkStep(times, "at", Translatable.of("step.handover"), command.offeredAt(), command.lateEntry());
        apply(new HandoverOffered(manifestId, command.fromCarrierId(), command.toCarrierId(), command.offeredAt(),
                command.lateEntry()));
    }

    @CommandHandler
    public void handle(AcceptHandover command, StepTimes times) {
        requireStatus("R15", ManifestStatus.IN_TRANSIT);
        if (offeredTo == null || !offeredTo.equals(command.toCarrierId())) {
            throw CommandRefused.conflict("R15", "toCarrierId",
                    Translatable.of("refused.manifest.no-handover-offered"));
        }
        checkStep(times, "at", Translatable.of("step.handover"), command.handedOverAt(), command.lateEntry());
        apply(new HandoverCompleted(manifestId, carrierIds.get(holder), command.toCarrierId(), command.vehiclePlate(),
                command.handedOverAt(), command.lateEntry()));
    }

    @CommandHandler
    public void handle(ConfirmArrival command, WorkingDayCalendar calendar, DeadlineManager deadlines,
                       StepTimes times) {
        requireStatus("R15", ManifestStatus.IN_TRANSIT);
        requireHolder(command.carrierId(), "carrierId");
        if (holder != carrierIds.size() - 1 || offeredTo != null) {
            throw CommandRefused.ruleViolated("R15", "carrierId",
                    Translatable.of("refused.manifest.arrival-by-other-carrier"));
        }
        checkStep(times, "arrivedAt", Translatable.of("step.arrival"), command.arrivedAt(), command.lateEntry());
        Instant due = calendar.deadlineAfter(command.arrivedAt(), RECEIPT_WORKING_DAYS);
        apply(new ManifestArrived(manifestId, command.carrierId(), command.arrivedAt(), due, command.lateEntry()));
        deadlines.schedule(due, RECEIPT_DEADLINE);
    }

    @DeadlineHandler(deadlineName = RECEIPT_DEADLINE)
    void onReceiptDue() {
        if (status == ManifestStatus.ARRIVED) {
            apply(new ReceiptOverdue(manifestId, receiverId, receiptDueAt));
        }
    }

    @CommandHandler
    public void handle(CheckReceipt command, ReceiptPolicy policy, StepTimes times) {
        checkedReceipt(command.receiverId(), command.lines(), command.receivedAt(), command.lateEntry(), policy, times);
    }

    /** @return each line's outcome, so that the batches can follow */
    @CommandHandler
    public List<LineOutcome> handle(ConfirmReceipt command, ReceiptPolicy policy, DeadlineManager deadlines,
                                    StepTimes times) {
        List<ReceiptLine> checked = checkedReceipt(command.receiverId(), command.lines(), command.receivedAt(),
                command.lateEntry(), policy, times);
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
                command.receivedAt(), command.receivedAt().isAfter(receiptDueAt), command.lateEntry(), kind,
                approvalId));
        deadlines.cancelAllWithinScope(RECEIPT_DEADLINE);
        return outcomes;
    }

    @CommandHandler
    public void handle(LinkFollowOn command) {
        requireStatus("R18", ManifestStatus.RECEIVED);
        if (!hasRejectedLines) {
            throw CommandRefused.conflict("R18", "previousManifestId",
                    Translatable.of("refused.manifest.nothing-rejected"));
        }
        apply(new FollowOnLinked(manifestId, command.followOnManifestId(), command.kind()));
    }

    @CommandHandler
    public void handle(ProposeCorrection command, StepTimes times) {
        if (status == ManifestStatus.DRAFT || status == ManifestStatus.CANCELLED) {
            throw CommandRefused.conflict("R20", "manifestId",
                    Translatable.of("refused.manifest.correction-before-signing", status));
        }
        if (corrections.containsKey(command.correctionId())) {
            throw CommandRefused.conflict("R20", "correctionId",
                    Translatable.of("refused.manifest.correction-exists", command.correctionId()));
        }
        CorrectionRules.requireParty(parties, command.proposedBy(), "proposedBy");
        Instant proposedAt = times.orNow(command.proposedAt());
        checkStep(times, "proposedAt", Translatable.of("step.correction"), proposedAt, command.lateEntry());
        List<UUID> others = parties.stream().filter(party -> !party.equals(command.proposedBy())).sorted().toList();
        apply(new CorrectionProposed(manifestId, command.correctionId(), command.proposedBy(),
                Corrections.diff(command.changes(), terms.values()), command.reason(), others, proposedAt,
                command.lateEntry()));
    }

    @CommandHandler
    public void handle(ApproveCorrection command, StepTimes times) {
        PendingCorrection correction = CorrectionRules.awaiting(corrections, parties, command.correctionId(),
                command.approvedBy(), "approvedBy");
        Instant decidedAt = times.orNow(command.decidedAt());
        checkStep(times, "decidedAt", Translatable.of("step.correction-approval"), decidedAt, command.lateEntry());
        apply(new CorrectionApproved(manifestId, command.correctionId(), command.approvedBy(), decidedAt,
                command.lateEntry()));
        if (correction.isLastApproval(command.approvedBy())) {
            apply(new CorrectionApplied(manifestId, command.correctionId(), correction.changes()));
        }
    }

    @CommandHandler
    public void handle(RejectCorrection command, StepTimes times) {
        CorrectionRules.awaiting(corrections, parties, command.correctionId(), command.rejectedBy(), "rejectedBy");
        Instant decidedAt = times.orNow(command.decidedAt());
        checkStep(times, "decidedAt", Translatable.of("step.correction-rejection"), decidedAt, command.lateEntry());
        apply(new CorrectionRejected(manifestId, command.correctionId(), command.rejectedBy(), command.reason(),
                decidedAt, command.lateEntry()));
    }

    /** R25: not out of order, not in the future; R26: late only with a reason. */
    private List<ReceiptLine> checkedReceipt(UUID receiver, List<ReceiptLine> found, Instant at,
                                             LateEntryReason lateEntry, ReceiptPolicy policy, StepTimes times) {
        requireStatus("R16", ManifestStatus.ARRIVED);
        if (!receiverId.equals(receiver)) {
            throw CommandRefused.ruleViolated("R15", "receiverId",
                    Translatable.of("refused.manifest.receipt-by-other-receiver"));
        }
        checkStep(times, "receivedAt", Translatable.of("step.receipt"), at, lateEntry);
        List<ReceiptLine> checked = ReceiptRules.checkedLines(found, lines.keySet(), kind);
        ReceiptRules.checkPlausible(checked, lines, policy.quantityTolerance());
        return checked;
    }

    private void checkStep(StepTimes times, String field, Translatable step, Instant at, LateEntryReason lateEntry) {
        chronology.requireNotBeforeAny(field, step, at, times.clockSkew());
        times.check(field, at, lateEntry);
    }

    private void requireHolder(UUID carrierId, String field) {
        if (holder < 0 || !carrierIds.get(holder).equals(carrierId)) {
            throw CommandRefused.ruleViolated("R15", field, Translatable.of("refused.manifest.not-custody-holder"));
        }
    }

    private void requireStatus(String rule, ManifestStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw CommandRefused.conflict(rule, "status", Translatable.of("refused.manifest.wrong-status", status));
        }
    }

    @EventSourcingHandler
    void on(ManifestDrafted event) {
        manifestId = event.manifestId();
        kind = event.kind();
        approvalId = event.approvalId();
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
        chronology.passed(Translatable.of("step.draft"), event.draftedAt());
    }

    @EventSourcingHandler
    void on(ManifestSubmitted event) {
        status = ManifestStatus.SUBMITTED;
        chronology.passed(Translatable.of("step.submission"), event.submittedAt());
    }

    @EventSourcingHandler
    void on(ManifestCancelled event) {
        status = ManifestStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ManifestPickedUp event) {
        status = ManifestStatus.IN_TRANSIT;
        holder = 0;
        chronology.passed(Translatable.of("step.pickup"), event.pickedUpAt());
    }

    @EventSourcingHandler
    void on(HandoverOffered event) {
        offeredTo = event.toCarrierId();
        chronology.passed(Translatable.of("step.handover-offer"), event.offeredAt());
    }

    @EventSourcingHandler
    void on(HandoverCompleted event) {
        holder++;
        offeredTo = null;
        terms = terms.withVehicle(event.vehiclePlate());
        chronology.passed(Translatable.of("step.handover"), event.handedOverAt());
    }

    @EventSourcingHandler
    void on(ManifestArrived event) {
        status = ManifestStatus.ARRIVED;
        receiptDueAt = event.receiptDueAt();
        chronology.passed(Translatable.of("step.arrival"), event.arrivedAt());
    }

    @EventSourcingHandler
    void on(ManifestReceived event) {
        status = ManifestStatus.RECEIVED;
        hasRejectedLines = event.lines().stream().anyMatch(line -> line.decision() == LineDecision.REJECT);
        chronology.passed(Translatable.of("step.receipt"), event.receivedAt());
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
