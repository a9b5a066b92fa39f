package cn.haztrail.manifest.command;

import cn.haztrail.approval.api.CheckApproval;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.AcceptHandover;
import cn.haztrail.manifest.api.ConfirmArrival;
import cn.haztrail.manifest.api.ConfirmPickup;
import cn.haztrail.manifest.api.OfferHandover;
import cn.haztrail.manifest.query.ManifestLineRecord;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestRecord;
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

/** The carriers' steps: pickup with the label check (R02, R13, R14), handover confirmed by both (R15), arrival (R16). */
@Service
public class ManifestTransport {

    private final CommandGateway commands;
    private final ManifestQueries manifests;
    private final AuditedStep step;
    private final PersonalDataStore personalData;
    private final WorkingDayCalendar calendar;

    ManifestTransport(CommandGateway commands, ManifestQueries manifests, AuditedStep step,
                      PersonalDataStore personalData, WorkingDayCalendar calendar) {
        this.commands = commands;
        this.manifests = manifests;
        this.step = step;
        this.personalData = personalData;
        this.calendar = calendar;
    }

    public void pickUp(ManifestRecord manifest, UUID carrierId, String vehiclePlate, PersonalDetails driver,
                       List<String> scannedLabelIds, Instant pickedUpAt, LateEntryReason lateEntry,
                       Long expectedVersion) {
        LocalDate day = day(pickedUpAt);
        LabelCheck check = step.run(manifest.id(), "pickup", () -> {
            commands.sendAndWait(new CheckCarrier(carrierId, vehiclePlate, day));
            List<ManifestLineRecord> lines = manifests.lines(manifest.id());
            if (manifest.approvalId() != null) {
                commands.sendAndWait(new CheckApproval(manifest.approvalId(), manifest.consignorId(),
                        manifest.receiverId(), lines.stream().map(ManifestLineRecord::wasteCode).distinct().toList(),
                        manifest.plannedMethod(), BigDecimal.ZERO, day));
            }
            UUID driverRef = personalData.record(UUID.randomUUID(), driver);
            return commands.sendAndWait(new ConfirmPickup(manifest.id(), carrierId, vehiclePlate,
                    driverRef, scannedLabelIds, pickedUpAt, expectedVersion, lateEntry));
        });
        if (!check.matches()) {
            throw CommandRefused.ruleViolated("R13", "scannedLabelIds",
                    Translatable.of("refused.manifest.labels-mismatch", check.missing(), check.unexpected()));
        }
    }

    /** The holder offers the waste to the next carrier; the next carrier, with its vehicle, takes it over. */
    public void handOver(ManifestRecord manifest, UUID carrierId, String vehiclePlate, Instant at,
                         LateEntryReason lateEntry) {
        if (carrierId.equals(manifest.holderId())) {
            List<UUID> carriers = manifest.carrierIds();
            int next = carriers.indexOf(carrierId) + 1;
            if (next >= carriers.size()) {
                throw CommandRefused.ruleViolated("R15", "carrierId",
                        Translatable.of("refused.manifest.no-next-carrier"));
            }
            step.run(manifest.id(), "handover", () ->
                    commands.sendAndWait(new OfferHandover(manifest.id(), carrierId, carriers.get(next), at, lateEntry)));
            return;
        }
        if (!carrierId.equals(manifest.offeredTo())) {
            throw CommandRefused.ruleViolated("R15", "carrierId",
                    Translatable.of("refused.manifest.carrier-not-in-custody"));
        }
        if (vehiclePlate == null) {
            throw CommandRefused.ruleViolated("R02", "vehiclePlate",
                    Translatable.of("refused.manifest.takeover-without-vehicle"));
        }
        step.run(manifest.id(), "handover", () -> {
            commands.sendAndWait(new CheckCarrier(carrierId, vehiclePlate, day(at)));
            return commands.sendAndWait(new AcceptHandover(manifest.id(), carrierId, vehiclePlate, at, lateEntry));
        });
    }

    public void arrive(ManifestRecord manifest, UUID carrierId, Instant arrivedAt, LateEntryReason lateEntry) {
        step.run(manifest.id(), "arrival", () ->
                commands.sendAndWait(new ConfirmArrival(manifest.id(), carrierId, arrivedAt, lateEntry)));
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }
}
