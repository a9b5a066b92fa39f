package cn.haztrail.manifest.command;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.*;
import cn.haztrail.shared.axon.AggregateCaches;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An electronic transfer manifest (电子转移联单): one trip from a consignor through carriers to a receiver. */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN, cache = AggregateCaches.MANIFESTS)
public class TransferManifest {

    static final String RECEIPT_DEADLINE = "receipt-due";
    private static final int RECEIPT_WORKING_DAYS = 5;

    @AggregateIdentifier
    private UUID manifestId;
    private Custody custody;
    private CorrectableTerms terms;
    private DeclaredLines lines;
    private Instant receiptDueAt;
    private final FollowOns followOns = new FollowOns();
    @AggregateMember
    private ManifestCorrections corrections;
    private TermsOnRecord recorded;
    private final ManifestProgress progress = new ManifestProgress();

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
    public ManifestTerms handle(CheckTerms command) {
        return recorded.answer(terms);
    }

    @CommandHandler
    public void handle(SubmitManifest command, StepTimes times) {
        progress.require("R11", ManifestStatus.DRAFT);
        Instant submittedAt = times.orNow(command.submittedAt());
        progress.checkStep(times, "submittedAt", Translatable.of("step.submission"), submittedAt, command.lateEntry());
        apply(new ManifestSubmitted(manifestId, command.number(), submittedAt, command.lateEntry()));
    }

    @CommandHandler
    public void handle(RecordRefusal command) {
        apply(new RefusalRecorded(manifestId, command.step(), command.rule(), command.reason(), command.reasonCode(),
                command.reasonArguments()));
    }

    @CommandHandler
    public void handle(CancelManifest command, StepTimes times) {
        progress.require("R12", ManifestStatus.DRAFT, ManifestStatus.SUBMITTED);
        Instant cancelledAt = times.orNow(command.cancelledAt());
        progress.checkStep(times, "cancelledAt", Translatable.of("step.cancellation"), cancelledAt,
                command.lateEntry());
        apply(new ManifestCancelled(manifestId, command.reason(), cancelledAt, command.lateEntry()));
    }

    /** @return the labels check: empty when the labels match, else what was missing or unexpected (recorded) */
    @CommandHandler
    public LabelCheck handle(ConfirmPickup command, StepTimes times) {
        progress.require("R13", ManifestStatus.SUBMITTED);
        progress.checkStep(times, "pickedUpAt", Translatable.of("step.pickup"), command.pickedUpAt(),
                command.lateEntry());
        custody.requireFirstCarrier(command.carrierId());
        terms.requireVehicle(command.vehiclePlate());
        LabelCheck check = lines.labels(command.scannedLabelIds());
        if (!check.matches()) {
            apply(new LoadingRefused(manifestId, command.carrierId(), check.missing(), check.unexpected()));
            return check;
        }
        apply(new ManifestPickedUp(manifestId, command.carrierId(), command.vehiclePlate(), command.driverRef(),
                command.pickedUpAt(), command.lateEntry()));
        return check;
    }

    @CommandHandler
    public HandoverTurn handle(CheckHandover command) {
        return new HandoverTurn(custody.handoverTurn(command.carrierId()));
    }

    @CommandHandler
    public void handle(OfferHandover command, StepTimes times) {
        progress.require("R15", ManifestStatus.IN_TRANSIT);
        custody.requireHolder(command.fromCarrierId(), "fromCarrierId");
        custody.requireNext(command.toCarrierId());
        progress.checkStep(times, "at", Translatable.of("step.handover"), command.offeredAt(), command.lateEntry());
        apply(new HandoverOffered(manifestId, command.fromCarrierId(), command.toCarrierId(), command.offeredAt(),
                command.lateEntry()));
    }

    @CommandHandler
    public void handle(AcceptHandover command, StepTimes times) {
        progress.require("R15", ManifestStatus.IN_TRANSIT);
        custody.requireOfferedTo(command.toCarrierId());
        progress.checkStep(times, "at", Translatable.of("step.handover"), command.handedOverAt(), command.lateEntry());
        apply(new HandoverCompleted(manifestId, custody.holder(), command.toCarrierId(), command.vehiclePlate(),
                command.handedOverAt(), command.lateEntry()));
    }

    @CommandHandler
    public void handle(ConfirmArrival command, WorkingDayCalendar calendar, DeadlineManager deadlines,
                       StepTimes times) {
        progress.require("R15", ManifestStatus.IN_TRANSIT);
        custody.requireHolder(command.carrierId(), "carrierId");
        custody.requireLast();
        progress.checkStep(times, "arrivedAt", Translatable.of("step.arrival"), command.arrivedAt(),
                command.lateEntry());
        Instant due = calendar.deadlineAfter(command.arrivedAt(), RECEIPT_WORKING_DAYS);
        apply(new ManifestArrived(manifestId, command.carrierId(), command.arrivedAt(), due, command.lateEntry()));
        deadlines.schedule(due, RECEIPT_DEADLINE);
    }

    /**
     * Left to fire after a receipt, not cancelled: cancelling by scope makes the deadline manager read every pending
     * deadline of the installation (each batch's storage limit among them) at every receipt. A received manifest
     * ignores it.
     */
    @DeadlineHandler(deadlineName = RECEIPT_DEADLINE)
    void onReceiptDue() {
        if (progress.status() == ManifestStatus.ARRIVED) {
            apply(new ReceiptOverdue(manifestId, recorded.receiverId(), receiptDueAt));
        }
    }

    /** @return the terms the receipt holds room and quantity by, once the manifest would accept it */
    @CommandHandler
    public ManifestTerms handle(CheckReceipt command, ReceiptPolicy policy, StepTimes times) {
        checkedReceipt(command.receiverId(), command.lines(), command.receivedAt(), command.lateEntry(), policy, times);
        return recorded.answer(terms);
    }

    /** @return each line's outcome, so that the batches can follow */
    @CommandHandler
    public List<LineOutcome> handle(ConfirmReceipt command, ReceiptPolicy policy, StepTimes times) {
        List<ReceiptLine> checked = checkedReceipt(command.receiverId(), command.lines(), command.receivedAt(),
                command.lateEntry(), policy, times);
        List<LineOutcome> outcomes = lines.outcomes(checked, policy.quantityTolerance());
        lines.discrepancies(manifestId, checked, outcomes).forEach(AggregateLifecycle::apply);
        apply(new ManifestReceived(manifestId, recorded.receiverId(), outcomes, ReceiptEvaluation.overall(outcomes),
                command.receivedAt(), command.receivedAt().isAfter(receiptDueAt), command.lateEntry(), recorded.kind(),
                recorded.approvalId()));
        return outcomes;
    }

    @CommandHandler
    public void handle(CheckFollowOn command) {
        followOns.requireWasteToFollow(progress);
    }

    @CommandHandler
    public void handle(LinkFollowOn command) {
        if (followOns.isLinked(command.followOnManifestId())) {
            return;
        }
        followOns.requireWasteToFollow(progress);
        apply(new FollowOnLinked(manifestId, command.followOnManifestId(), command.kind()));
    }

    /** R15, R16: by the receiver, once arrived; R25, R26: in order; then the lines' rules (R17, R18, R27). */
    private List<ReceiptLine> checkedReceipt(UUID receiver, List<ReceiptLine> found, Instant at,
                                             LateEntryReason lateEntry, ReceiptPolicy policy, StepTimes times) {
        progress.require("R16", ManifestStatus.ARRIVED);
        if (!recorded.receiverId().equals(receiver)) {
            throw CommandRefused.ruleViolated("R15", "receiverId",
                    Translatable.of("refused.manifest.receipt-by-other-receiver"));
        }
        progress.checkStep(times, "receivedAt", Translatable.of("step.receipt"), at, lateEntry);
        return lines.checkedReceipt(found, policy.quantityTolerance());
    }

    @EventSourcingHandler
    void on(ManifestDrafted event) {
        manifestId = event.manifestId();
        custody = new Custody(event.carrierIds());
        terms = new CorrectableTerms(event.plannedDate().toString(), event.vehiclePlate(), event.plannedMethod(),
                event.emergencyMeasures());
        lines = new DeclaredLines(event.kind(), event.lines());
        recorded = new TermsOnRecord(event);
        corrections = new ManifestCorrections(event, progress, () -> terms.values());
        progress.reached(ManifestStatus.DRAFT, Translatable.of("step.draft"), event.draftedAt());
    }

    @EventSourcingHandler
    void on(ManifestSubmitted event) {
        progress.reached(ManifestStatus.SUBMITTED, Translatable.of("step.submission"), event.submittedAt());
    }

    @EventSourcingHandler
    void on(ManifestCancelled event) {
        progress.cancelled();
    }

    @EventSourcingHandler
    void on(ManifestPickedUp event) {
        custody.pickedUp();
        recorded.pickedUp(event.pickedUpAt());
        progress.reached(ManifestStatus.IN_TRANSIT, Translatable.of("step.pickup"), event.pickedUpAt());
    }

    @EventSourcingHandler
    void on(HandoverOffered event) {
        custody.offered(event.toCarrierId());
        progress.passed(Translatable.of("step.handover-offer"), event.offeredAt());
    }

    @EventSourcingHandler
    void on(HandoverCompleted event) {
        custody.handedOver();
        terms = terms.withVehicle(event.vehiclePlate());
        progress.passed(Translatable.of("step.handover"), event.handedOverAt());
    }

    @EventSourcingHandler
    void on(ManifestArrived event) {
        receiptDueAt = event.receiptDueAt();
        progress.reached(ManifestStatus.ARRIVED, Translatable.of("step.arrival"), event.arrivedAt());
    }

    @EventSourcingHandler
    void on(ManifestReceived event) {
        followOns.received(event);
        custody.delivered();
        progress.reached(ManifestStatus.RECEIVED, Translatable.of("step.receipt"), event.receivedAt());
    }

    @EventSourcingHandler
    void on(FollowOnLinked event) {
        followOns.linked(event.followOnManifestId());
    }

    /** The corrections themselves are closed by {@link ManifestCorrections}. */
    @EventSourcingHandler
    void on(CorrectionApplied event) {
        terms = terms.with(event.changes());
    }
}
