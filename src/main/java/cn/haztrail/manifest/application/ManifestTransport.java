package cn.haztrail.manifest.application;

import cn.haztrail.approval.api.CheckApproval;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.AcceptHandover;
import cn.haztrail.manifest.api.CheckHandover;
import cn.haztrail.manifest.api.CheckTerms;
import cn.haztrail.manifest.api.ConfirmArrival;
import cn.haztrail.manifest.api.ConfirmPickup;
import cn.haztrail.manifest.api.HandoverTurn;
import cn.haztrail.manifest.api.ManifestTerms;
import cn.haztrail.manifest.api.OfferHandover;
import cn.haztrail.manifest.command.LabelCheck;
import cn.haztrail.personal.PersonalDataStore;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.CheckCarrier;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The carriers' steps: pickup with the label check (R02, R13, R14), handover confirmed by both (R15), arrival (R16).
 * What a step needs to know of the manifest it asks the manifest itself ({@link CheckTerms}, {@link CheckHandover}),
 * in the step's transaction: a read model may lag behind the manifest's own events.
 */
@Service
public class ManifestTransport {

    private final CommandGateway commands;
    private final AuditedStep step;
    private final PersonalDataStore personalData;
    private final WorkingDayCalendar calendar;

    ManifestTransport(CommandGateway commands, AuditedStep step,
                      PersonalDataStore personalData, WorkingDayCalendar calendar) {
        this.commands = commands;
        this.step = step;
        this.personalData = personalData;
        this.calendar = calendar;
    }

    public void pickUp(UUID manifestId, StepAccess access, UUID carrierId, String vehiclePlate,
                       PersonalDetails driver, List<String> scannedLabelIds, Instant pickedUpAt,
                       LateEntryReason lateEntry, Long expectedVersion) {
        LocalDate day = day(pickedUpAt);
        LabelCheck check = step.run(manifestId, "pickup", access, () -> {
            commands.sendAndWait(new CheckCarrier(carrierId, vehiclePlate, day));
            ManifestTerms manifest = commands.sendAndWait(new CheckTerms(manifestId));
            if (manifest.approvalId() != null) {
                commands.sendAndWait(new CheckApproval(manifest.approvalId(), manifest.consignorId(),
                        manifest.receiverId(), manifest.wasteCodes(), manifest.plannedMethod(), BigDecimal.ZERO,
                        day));
            }
            UUID driverRef = personalData.record(UUID.randomUUID(), driver);
            return commands.sendAndWait(new ConfirmPickup(manifestId, carrierId, vehiclePlate,
                    driverRef, scannedLabelIds, pickedUpAt, expectedVersion, lateEntry));
        });
        if (!check.matches()) {
            throw CommandRefused.ruleViolated("R13", "scannedLabelIds",
                    Translatable.of("refused.manifest.labels-mismatch", check.missing(), check.unexpected()));
        }
    }

    /** The holder offers the waste to the next carrier; the next carrier, with its vehicle, takes it over. */
    public void handOver(UUID manifestId, StepAccess access, UUID carrierId, String vehiclePlate, Instant at,
                         LateEntryReason lateEntry) {
        step.run(manifestId, "handover", access, () -> {
            HandoverTurn turn = commands.sendAndWait(new CheckHandover(manifestId, carrierId));
            if (turn.offers()) {
                return commands.sendAndWait(new OfferHandover(manifestId, carrierId, turn.offerTo(), at, lateEntry));
            }
            if (vehiclePlate == null) {
                throw CommandRefused.ruleViolated("R02", "vehiclePlate",
                        Translatable.of("refused.manifest.takeover-without-vehicle"));
            }
            commands.sendAndWait(new CheckCarrier(carrierId, vehiclePlate, day(at)));
            return commands.sendAndWait(new AcceptHandover(manifestId, carrierId, vehiclePlate, at, lateEntry));
        });
    }

    public void arrive(UUID manifestId, StepAccess access, UUID carrierId, Instant arrivedAt,
                       LateEntryReason lateEntry) {
        step.run(manifestId, "arrival", access, () ->
                commands.sendAndWait(new ConfirmArrival(manifestId, carrierId, arrivedAt, lateEntry)));
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }
}
