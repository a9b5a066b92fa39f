package cn.haztrail.manifest.application;

import cn.haztrail.approval.api.ReleaseDraw;
import cn.haztrail.approval.api.ReserveDraw;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.exemption.api.ReleaseExemptionDraw;
import cn.haztrail.manifest.api.CheckReceipt;
import cn.haztrail.manifest.api.ConfirmReceipt;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestTerms;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.ReleaseAdmission;
import cn.haztrail.registry.api.ReserveAdmission;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The receiver's receipt, one aggregate per transaction: the manifest is asked whether it would accept the receipt
 * (so that a receipt it refuses holds nothing), then room is held on the receiver's licence year (R03-R05)
 * (but for lines sent under an exemption, whose tonnes are held on the exemption instead, R37) and quantity on the
 * approval, which had to be valid on the pickup date (R14), each on its own stream; then the
 * manifest records outcomes and discrepancies (R17, R18). The holds are confirmed by the processes that follow the
 * receipt ({@code manifest.process}), or released here when a later step is refused. A refusal for licence or approval
 * is recorded on the manifest for the regulator. The holds are made from the terms the manifest answers when asked,
 * never from a read model that may lag behind its events.
 */
@Service
public class ManifestReceipt {

    private static final Logger log = LoggerFactory.getLogger(ManifestReceipt.class);

    private final CommandGateway commands;
    private final AuditedStep step;
    private final WorkingDayCalendar calendar;
    private final ExemptReceipt exemptReceipt;

    ManifestReceipt(CommandGateway commands, AuditedStep step, WorkingDayCalendar calendar,
                    ExemptReceipt exemptReceipt) {
        this.exemptReceipt = exemptReceipt;
        this.commands = commands;
        this.step = step;
        this.calendar = calendar;
    }

    /** The caller's access is checked in the first of the receipt's transactions, before anything is held. */
    public void receive(UUID manifestId, StepAccess access, UUID receiverId, List<ReceiptLine> lines,
                        Instant receivedAt, LateEntryReason lateEntry, Long expectedVersion) {
        ManifestTerms manifest = step.run(manifestId, "receipt", access, () -> commands.sendAndWait(new CheckReceipt(
                manifestId, receiverId, lines, receivedAt, expectedVersion, lateEntry)));
        Map<UUID, String> codes = manifest.lines().stream()
                .collect(Collectors.toMap(ManifestTerms.Line::batchId, ManifestTerms.Line::wasteCode));
        Map<UUID, UUID> exemptionOf = manifest.lines().stream().filter(ManifestTerms.Line::exempt)
                .collect(Collectors.toMap(ManifestTerms.Line::batchId, ManifestTerms.Line::exemptionId));
        List<ReceiptLine> accepted = accepted(lines, codes);
        // R37: a line sent under an exemption is drawn on it, and neither needs nor counts on the licence (R03, R04)
        List<ReceiptLine> exempt = accepted.stream().filter(line -> exemptionOf.containsKey(line.batchId())).toList();
        List<ReceiptLine> licensed = accepted.stream().filter(line -> !exemptionOf.containsKey(line.batchId()))
                .toList();
        boolean holdsRoom = manifest.kind() != ManifestKind.RETURN && !licensed.isEmpty();
        boolean holdsDraw = manifest.approvalId() != null && !accepted.isEmpty();
        List<UUID> heldExemptions = new ArrayList<>();
        if (holdsRoom) {
            List<AdmissionLine> admission = licensed.stream().map(line -> new AdmissionLine(
                    codes.get(line.batchId()), line.methodCode(), line.acceptedQuantity().tonnes())).toList();
            step.run(manifestId, "receipt", () -> commands.sendAndWait(new ReserveAdmission(receiverId,
                    manifestId, admission, day(receivedAt))));
        }
        try {
            if (!exempt.isEmpty()) {
                exemptReceipt.reserve(new ExemptReceipt.Trip(manifestId, manifest.consignorId(), receiverId, codes,
                        exemptionOf, day(receivedAt)), lines, exempt, heldExemptions);
            }
            if (holdsDraw) {
                BigDecimal tonnes = accepted.stream().map(line -> line.acceptedQuantity().tonnes())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                step.run(manifestId, "receipt", () -> commands.sendAndWait(new ReserveDraw(manifest.approvalId(),
                        manifestId, tonnes, day(manifest.pickedUpAt()))));
            }
            step.run(manifestId, "receipt", () -> commands.sendAndWait(new ConfirmReceipt(manifestId,
                    receiverId, lines, receivedAt, expectedVersion, lateEntry)));
        } catch (RuntimeException refused) {
            String reason = "receipt refused: " + refused.getMessage();
            if (holdsRoom) {
                release(new ReleaseAdmission(receiverId, manifestId, reason));
            }
            if (holdsDraw) {
                release(new ReleaseDraw(manifest.approvalId(), manifestId, reason));
            }
            heldExemptions.forEach(exemption -> release(new ReleaseExemptionDraw(exemption, manifestId, reason)));
            throw refused;
        }
    }

    /**
     * The lines whose tonnes the receipt would count, as the receiver states them; a line the manifest does not
     * carry, or one without a quantity, is left to the manifest's own refusal (R17, R18).
     */
    private static List<ReceiptLine> accepted(List<ReceiptLine> lines, Map<UUID, String> codes) {
        return lines == null ? List.of() : lines.stream().filter(Objects::nonNull)
                .filter(line -> line.decision() != null && line.decision() != LineDecision.REJECT)
                .filter(line -> line.acceptedQuantity() != null && line.acceptedQuantity().hasMass())
                .filter(line -> codes.containsKey(line.batchId()))
                .toList();
    }

    /** A hold that cannot be given back now ends by itself when it expires (haztrail.reservations.expire-after). */
    private void release(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException failed) {
            log.warn("Could not release a receipt's hold now, it expires by itself: {}", command, failed);
        }
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }
}
