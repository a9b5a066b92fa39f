package cn.haztrail.approval.command;

import cn.haztrail.approval.api.ApprovalDrawExpired;
import cn.haztrail.approval.api.ApprovalDrawOverrun;
import cn.haztrail.approval.api.ApprovalDrawReleased;
import cn.haztrail.approval.api.ApprovalDrawReserved;
import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.approval.api.ApprovalRecorded;
import cn.haztrail.approval.api.CheckApproval;
import cn.haztrail.approval.api.ConfirmDraw;
import cn.haztrail.approval.api.DrawOnApproval;
import cn.haztrail.approval.api.RecordApproval;
import cn.haztrail.approval.api.ReleaseDraw;
import cn.haztrail.approval.api.ReserveDraw;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import cn.haztrail.shared.axon.SnapshotConfiguration;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.DrawMemory;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.i18n.Translatable;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A cross-province transfer approval (跨省转移审批, R14): who may send which waste to whom, by which method, how
 * much and until when. Manifests check it at submission and pickup and draw on its quantity at receipt; the
 * quantity drawn is its own, so two receipts racing for the last tonnes cannot both get them.
 *
 * <p>A receipt holds quantity first ({@link ReserveDraw}), then confirms or releases it, each in its own transaction;
 * a hold nobody ends expires after {@link DrawReservationTerms#expireAfter()}. What it remembers of receipts is
 * bounded ({@link DrawMemory}). The revision names the shape of its snapshots: one of another revision is ignored
 * and the approval is rebuilt from its events (2: holds, and the recent draws only).
 */
@Revision("2")
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.LONG_STREAMS,
        lockFactory = TransactionScopedLockFactory.BEAN)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public class TransferApproval {

    /** The deadline that ends a hold nobody confirmed or released. */
    public static final String RESERVATION_EXPIRY = "approval-draw-reservation-expiry";

    @AggregateIdentifier
    private UUID approvalId;
    private String number;
    private UUID consignorId;
    private UUID receiverId;
    private Set<String> wasteCodes;
    private String methodCode;
    private BigDecimal cap;
    private BigDecimal drawn;
    private LocalDate validFrom;
    private LocalDate validTo;
    private DrawMemory draws = new DrawMemory(); // not final: a snapshot is read back into it

    protected TransferApproval() {
    }

    @CommandHandler
    public TransferApproval(RecordApproval command, ClaimedIdentifiers claims, ApprovalTermsPolicy policy,
                            StepTimes times) {
        if (command.number() == null || command.number().isBlank()) {
            throw CommandRefused.ruleViolated("R14", "number", Translatable.of("refused.approval.no-number"));
        }
        if (claims.isClaimed(IdentifierKind.APPROVAL_NUMBER, command.number().strip())) {
            throw CommandRefused.conflict("R14", "number",
                    Translatable.of("refused.approval.number-taken", command.number().strip()));
        }
        RecordApproval terms = policy.check(command);
        // R25 only: an approval is a document the province issued, and entering it later is its normal course (no R26)
        Instant approvedAt = times.orNow(terms.approvedAt());
        times.requireNotAhead("approvedAt", approvedAt);
        apply(new ApprovalRecorded(terms.approvalId(), terms.number(), terms.consignorId(), terms.receiverId(),
                terms.wasteCodes(), terms.methodCode(), terms.quantityCapTonnes(), terms.validFrom(),
                terms.validTo(), approvedAt));
    }

    /** R14: refuses unless the approval covers the manifest on that day; answers the approval number. */
    @CommandHandler
    public String handle(CheckApproval command) {
        requireValidOn(command.onDate());
        if (!consignorId.equals(command.consignorId())) {
            throw CommandRefused.ruleViolated("R14", "consignorId",
                    Translatable.of("refused.approval.other-consignor", number));
        }
        if (!receiverId.equals(command.receiverId())) {
            throw CommandRefused.ruleViolated("R14", "receiverId",
                    Translatable.of("refused.approval.other-receiver", number));
        }
        requireCodes(command.wasteCodes());
        if (command.methodCode() != null && !methodCode.equals(command.methodCode().strip().toUpperCase(Locale.ROOT))) {
            throw CommandRefused.ruleViolated("R14", "methodCode", Translatable.of("refused.approval.other-method",
                    number, methodCode, command.methodCode()));
        }
        if (command.tonnes() != null) {
            requireRoomFor(command.tonnes());
        }
        return number;
    }

    /** R14: counts a received quantity against the cap, once per manifest. */
    @CommandHandler
    public void handle(DrawOnApproval command) {
        requireDrawable(command.manifestId(), command.tonnes(), command.onDate());
        apply(new ApprovalQuantityDrawn(approvalId, command.manifestId(), command.tonnes(),
                drawn.add(command.tonnes())));
    }

    /** R14: holds quantity for a receipt under way, counting other holds as drawn, once per manifest. */
    @CommandHandler
    public void handle(ReserveDraw command, DrawReservationTerms terms, DeadlineManager deadlines) {
        if (command.manifestId() != null && draws.pending(command.manifestId()) != null) {
            return;
        }
        requireDrawable(command.manifestId(), command.tonnes(), command.onDate());
        Instant expiresAt = GenericEventMessage.clock.instant().plus(terms.expireAfter());
        apply(new ApprovalDrawReserved(approvalId, command.manifestId(), command.tonnes(), expiresAt));
        deadlines.schedule(expiresAt, RESERVATION_EXPIRY, new DrawReservationDue(command.manifestId(), expiresAt));
    }

    /** R14: the receipt happened; drawn from its hold, or without one (recording any overrun), never refused. */
    @CommandHandler
    public void handle(ConfirmDraw command) {
        UUID manifestId = requireManifest(command.manifestId());
        DrawMemory.Pending held = draws.pending(manifestId);
        if (held != null) {
            apply(new ApprovalQuantityDrawn(approvalId, manifestId, held.tonnes(), drawn.add(held.tonnes())));
        } else if (!draws.hasDrawn(manifestId)) {
            BigDecimal tonnes = requireQuantity(command.tonnes());
            BigDecimal over = tonnes.subtract(cap.subtract(drawn).subtract(draws.held()).max(BigDecimal.ZERO));
            apply(new ApprovalQuantityDrawn(approvalId, manifestId, tonnes, drawn.add(tonnes)));
            if (over.signum() > 0) {
                apply(new ApprovalDrawOverrun(approvalId, manifestId, tonnes, over));
            }
        }
    }

    /** R14: gives back what a refused receipt held; nothing to give back (never held, expired) changes nothing. */
    @CommandHandler
    public void handle(ReleaseDraw command) {
        UUID manifestId = requireManifest(command.manifestId());
        DrawMemory.Pending held = draws.pending(manifestId);
        if (held != null) {
            apply(new ApprovalDrawReleased(approvalId, manifestId, held.tonnes(), command.reason()));
        } else if (draws.hasDrawn(manifestId)) {
            throw CommandRefused.conflict("R14", "manifestId",
                    Translatable.of("refused.approval.draw-already-confirmed", manifestId, number));
        }
    }

    @DeadlineHandler(deadlineName = RESERVATION_EXPIRY)
    void reservationDue(DrawReservationDue due) {
        DrawMemory.Pending held = draws.pending(due.manifestId());
        if (held != null && held.expiresAt().equals(due.expiresAt())) {
            apply(new ApprovalDrawExpired(approvalId, due.manifestId(), held.tonnes(), due.expiresAt()));
        }
    }

    private void requireDrawable(UUID manifestId, BigDecimal tonnes, LocalDate onDate) {
        if (draws.hasDrawn(requireManifest(manifestId))) {
            throw CommandRefused.conflict("R14", "manifestId",
                    Translatable.of("refused.approval.already-drawn", manifestId, number));
        }
        requireValidOn(onDate);
        requireRoomFor(requireQuantity(tonnes));
    }

    private static UUID requireManifest(UUID manifestId) {
        if (manifestId == null) {
            throw CommandRefused.ruleViolated(null, "manifestId",
                    Translatable.of("refused.approval.draw-without-manifest"));
        }
        return manifestId;
    }

    private static BigDecimal requireQuantity(BigDecimal tonnes) {
        if (tonnes == null) {
            throw CommandRefused.ruleViolated("R14", "tonnes",
                    Translatable.of("refused.approval.draw-without-quantity"));
        }
        return tonnes;
    }

    private void requireValidOn(LocalDate day) {
        if (day == null || day.isBefore(validFrom) || day.isAfter(validTo)) {
            throw CommandRefused.ruleViolated("R14", "onDate",
                    Translatable.of("refused.approval.not-valid-on-day", number, validFrom, validTo, day));
        }
    }

    private void requireCodes(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw CommandRefused.ruleViolated("R14", "wasteCodes", Translatable.of("refused.approval.codes-not-named"));
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!wasteCodes.contains(codes.get(i))) {
                throw CommandRefused.ruleViolated("R14", "wasteCodes[" + i + "]",
                        Translatable.of("refused.approval.code-not-covered", number, codes.get(i), wasteCodes));
            }
        }
    }

    private void requireRoomFor(BigDecimal tonnes) {
        if (tonnes.signum() < 0) {
            throw CommandRefused.ruleViolated("R14", "tonnes", Translatable.of("refused.approval.negative-quantity"));
        }
        BigDecimal remaining = cap.subtract(drawn).subtract(draws.held());
        if (tonnes.compareTo(remaining) > 0) {
            throw CommandRefused.ruleViolated("R14", "tonnes", Translatable.of("refused.approval.cap-exceeded",
                    number, remaining.toPlainString(), cap.toPlainString(), tonnes.toPlainString()));
        }
    }

    @EventSourcingHandler
    void on(ApprovalRecorded event) {
        approvalId = event.approvalId();
        number = event.number();
        consignorId = event.consignorId();
        receiverId = event.receiverId();
        wasteCodes = Set.copyOf(event.wasteCodes());
        methodCode = event.methodCode();
        cap = event.quantityCapTonnes();
        drawn = BigDecimal.ZERO;
        validFrom = event.validFrom();
        validTo = event.validTo();
    }

    @EventSourcingHandler
    void on(ApprovalQuantityDrawn event) {
        drawn = event.drawnTotal();
        draws.drawn(event.manifestId());
    }

    @EventSourcingHandler
    void on(ApprovalDrawReserved event) {
        draws.reserved(event.manifestId(), event.tonnes(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(ApprovalDrawReleased event) {
        draws.ended(event.manifestId());
    }

    @EventSourcingHandler
    void on(ApprovalDrawExpired event) {
        draws.ended(event.manifestId());
    }
}
