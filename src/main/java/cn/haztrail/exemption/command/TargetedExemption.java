package cn.haztrail.exemption.command;

import cn.haztrail.exemption.api.ConfirmExemptionDraw;
import cn.haztrail.exemption.api.ExemptionDrawExpired;
import cn.haztrail.exemption.api.ExemptionDrawOverrun;
import cn.haztrail.exemption.api.ExemptionDrawRefused;
import cn.haztrail.exemption.api.ExemptionDrawReleased;
import cn.haztrail.exemption.api.ExemptionDrawReserved;
import cn.haztrail.exemption.api.ExemptionQuantityDrawn;
import cn.haztrail.exemption.api.ExemptionRecorded;
import cn.haztrail.exemption.api.ExemptionRevoked;
import cn.haztrail.exemption.api.RecordExemption;
import cn.haztrail.exemption.api.RecordExemptionRefusal;
import cn.haztrail.exemption.api.ReleaseExemptionDraw;
import cn.haztrail.exemption.api.ReserveExemptionDraw;
import cn.haztrail.exemption.api.RevokeExemption;
import cn.haztrail.shared.axon.SnapshotConfiguration;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.DrawMemory;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.time.StepTimes;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
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
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A point-to-point targeted-utilization exemption (点对点定向利用豁免, R36, R37): one producer may send one waste
 * code to one utilizer for one utilization method, up to a cap, within a window, without the utilizer's business
 * licence for that code. Receipts draw on its quantity as on an approval's: hold ({@link ReserveExemptionDraw}),
 * then confirm or release, each in its own transaction; a hold nobody ends expires. The quantity drawn is its own,
 * so two receipts racing for the last tonnes cannot both get them. The revision names the shape of its snapshots.
 */
@Revision("1")
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.LONG_STREAMS)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public class TargetedExemption {

    /** The deadline that ends a hold nobody confirmed or released. */
    public static final String RESERVATION_EXPIRY = "exemption-draw-reservation-expiry";

    @AggregateIdentifier
    private UUID exemptionId;
    private BigDecimal cap;
    private BigDecimal drawn;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean revoked;
    private DrawMemory draws = new DrawMemory(); // not final: a snapshot is read back into it

    protected TargetedExemption() {
    }

    @CommandHandler
    public TargetedExemption(RecordExemption command, ExemptionTermsPolicy policy, StepTimes times) {
        RecordExemption terms = policy.check(command);
        // R25 only: the exemption is a document the regulator issued; entering it later is its normal course
        Instant grantedAt = times.orNow(terms.grantedAt());
        times.requireNotAhead("grantedAt", grantedAt);
        apply(new ExemptionRecorded(terms.exemptionId(), terms.producerId(), terms.utilizerId(), terms.wasteCode(),
                terms.methodCode(), terms.quantityCapTonnes(), terms.validFrom(), terms.validTo(), grantedAt));
    }

    /** R36: a revocation needs a reason and happens once; what was drawn stays drawn. */
    @CommandHandler
    public void handle(RevokeExemption command, StepTimes times) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw CommandRefused.ruleViolated("R36", "reason", Translatable.of("refused.exemption.no-revoke-reason"));
        }
        if (revoked) {
            throw CommandRefused.conflict("R36", "exemptionId",
                    Translatable.of("refused.exemption.already-revoked", exemptionId));
        }
        Instant revokedAt = times.orNow(command.revokedAt());
        times.requireNotAhead("revokedAt", revokedAt);
        apply(new ExemptionRevoked(exemptionId, command.reason().strip(), revokedAt));
    }

    /** R37: holds quantity for a receipt under way, counting other holds as drawn, once per manifest. */
    @CommandHandler
    public void handle(ReserveExemptionDraw command, ExemptionReservationTerms terms, DeadlineManager deadlines) {
        if (command.manifestId() != null && draws.pending(command.manifestId()) != null) {
            return;
        }
        UUID manifestId = requireManifest(command.manifestId());
        if (draws.hasDrawn(manifestId)) {
            throw CommandRefused.conflict("R37", "manifestId",
                    Translatable.of("refused.exemption.already-drawn", manifestId, exemptionId));
        }
        requireUsableOn(command.onDate());
        requireRoomFor(requireQuantity(command.tonnes()));
        Instant expiresAt = GenericEventMessage.clock.instant().plus(terms.expireAfter());
        apply(new ExemptionDrawReserved(exemptionId, manifestId, command.tonnes(), expiresAt));
        deadlines.schedule(expiresAt, RESERVATION_EXPIRY, new ExemptionDrawDue(manifestId, expiresAt));
    }

    /** R37: the receipt happened; drawn from its hold, or without one (recording any overrun), never refused. */
    @CommandHandler
    public void handle(ConfirmExemptionDraw command) {
        UUID manifestId = requireManifest(command.manifestId());
        DrawMemory.Pending held = draws.pending(manifestId);
        if (held != null) {
            apply(new ExemptionQuantityDrawn(exemptionId, manifestId, held.tonnes(), drawn.add(held.tonnes())));
        } else if (!draws.hasDrawn(manifestId)) {
            BigDecimal tonnes = requireQuantity(command.tonnes());
            BigDecimal over = tonnes.subtract(cap.subtract(drawn).subtract(draws.held()).max(BigDecimal.ZERO));
            apply(new ExemptionQuantityDrawn(exemptionId, manifestId, tonnes, drawn.add(tonnes)));
            if (over.signum() > 0) {
                apply(new ExemptionDrawOverrun(exemptionId, manifestId, tonnes, over));
            }
        }
    }

    /** R37: gives back what a refused receipt held; nothing to give back (never held, expired) changes nothing. */
    @CommandHandler
    public void handle(ReleaseExemptionDraw command) {
        UUID manifestId = requireManifest(command.manifestId());
        DrawMemory.Pending held = draws.pending(manifestId);
        if (held != null) {
            apply(new ExemptionDrawReleased(exemptionId, manifestId, held.tonnes(), command.reason()));
        } else if (draws.hasDrawn(manifestId)) {
            throw CommandRefused.conflict("R37", "manifestId",
                    Translatable.of("refused.exemption.draw-already-confirmed", manifestId, exemptionId));
        }
    }

    /** R37: a refused draw is kept on the exemption's history for the regulator. */
    @CommandHandler
    public void handle(RecordExemptionRefusal command) {
        apply(new ExemptionDrawRefused(exemptionId, command.manifestId(), command.tonnes(), command.rule(),
                command.reason(), command.reasonCode(), command.reasonArguments()));
    }

    @DeadlineHandler(deadlineName = RESERVATION_EXPIRY)
    void reservationDue(ExemptionDrawDue due) {
        DrawMemory.Pending held = draws.pending(due.manifestId());
        if (held != null && held.expiresAt().equals(due.expiresAt())) {
            apply(new ExemptionDrawExpired(exemptionId, due.manifestId(), held.tonnes(), due.expiresAt()));
        }
    }

    private static UUID requireManifest(UUID manifestId) {
        if (manifestId == null) {
            throw CommandRefused.ruleViolated(null, "manifestId",
                    Translatable.of("refused.exemption.draw-without-manifest"));
        }
        return manifestId;
    }

    private static BigDecimal requireQuantity(BigDecimal tonnes) {
        if (tonnes == null) {
            throw CommandRefused.ruleViolated("R37", "tonnes", Translatable.of("refused.exemption.no-quantity"));
        }
        if (tonnes.signum() < 0) {
            throw CommandRefused.ruleViolated("R37", "tonnes", Translatable.of("refused.exemption.negative-quantity"));
        }
        return tonnes;
    }

    private void requireUsableOn(LocalDate day) {
        if (revoked) {
            throw CommandRefused.ruleViolated("R37", "exemptionId",
                    Translatable.of("refused.exemption.revoked", exemptionId));
        }
        if (day == null || day.isBefore(validFrom) || day.isAfter(validTo)) {
            throw CommandRefused.ruleViolated("R37", "onDate",
                    Translatable.of("refused.exemption.not-valid-on-day", exemptionId, validFrom, validTo, day));
        }
    }

    private void requireRoomFor(BigDecimal tonnes) {
        BigDecimal remaining = cap.subtract(drawn).subtract(draws.held());
        if (tonnes.compareTo(remaining) > 0) {
            throw CommandRefused.ruleViolated("R37", "tonnes", Translatable.of("refused.exemption.cap-exceeded",
                    exemptionId, remaining.max(BigDecimal.ZERO).toPlainString(), cap.toPlainString(),
                    tonnes.toPlainString()));
        }
    }

    @EventSourcingHandler
    void on(ExemptionRecorded event) {
        exemptionId = event.exemptionId();
        cap = event.quantityCapTonnes();
        drawn = BigDecimal.ZERO;
        validFrom = event.validFrom();
        validTo = event.validTo();
    }

    @EventSourcingHandler
    void on(ExemptionRevoked event) {
        revoked = true;
    }

    @EventSourcingHandler
    void on(ExemptionQuantityDrawn event) {
        drawn = event.drawnTotal();
        draws.drawn(event.manifestId());
    }

    @EventSourcingHandler
    void on(ExemptionDrawReserved event) {
        draws.reserved(event.manifestId(), event.tonnes(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(ExemptionDrawReleased event) {
        draws.ended(event.manifestId());
    }

    @EventSourcingHandler
    void on(ExemptionDrawExpired event) {
        draws.ended(event.manifestId());
    }
}
