package cn.haztrail.manifest.command;

import cn.haztrail.approval.api.DrawOnApproval;
import cn.haztrail.batch.api.AcceptBatch;
import cn.haztrail.batch.api.RejectBatch;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.ConfirmReceipt;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.manifest.query.ManifestLineRecord;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestRecord;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The receiver's receipt in one transaction: the manifest records outcomes and discrepancies (R17, R18), the
 * accepted tonnes count against the receiver's licence year (R03-R05) and against the approval, which had to be
 * valid on the pickup date (R14), and every batch
 * follows. A refusal for licence or approval is recorded on the manifest for the regulator.
 */
@Service
public class ManifestReceipt {

    private final CommandGateway commands;
    private final ManifestQueries manifests;
    private final AuditedStep step;
    private final WorkingDayCalendar calendar;

    ManifestReceipt(CommandGateway commands, ManifestQueries manifests, AuditedStep step, WorkingDayCalendar calendar) {
        this.commands = commands;
        this.manifests = manifests;
        this.step = step;
        this.calendar = calendar;
    }

    public void receive(ManifestRecord manifest, UUID receiverId, List<ReceiptLine> lines, Instant receivedAt,
                        LateEntryReason lateEntry, Long expectedVersion) {
        LocalDate day = receivedAt.atZone(calendar.zone()).toLocalDate();
        Map<UUID, String> codes = manifests.lines(manifest.id()).stream()
                .collect(Collectors.toMap(ManifestLineRecord::batchId, ManifestLineRecord::wasteCode));
        step.run(manifest.id(), "receipt", () -> {
            List<LineOutcome> outcomes = commands.sendAndWait(
                    new ConfirmReceipt(manifest.id(), receiverId, lines, receivedAt, expectedVersion, lateEntry));
            List<LineOutcome> accepted = outcomes.stream().filter(o -> o.decision() != LineDecision.REJECT).toList();
            if (manifest.kind() != ManifestKind.RETURN && !accepted.isEmpty()) {
                commands.sendAndWait(new AdmitWaste(receiverId, manifest.id(), accepted.stream().map(o ->
                        new AdmissionLine(codes.get(o.batchId()), o.methodCode(), o.acceptedQuantity().tonnes()))
                        .toList(), day));
            }
            if (manifest.approvalId() != null && !accepted.isEmpty()) {
                LocalDate pickupDay = manifest.pickedUpAt().atZone(calendar.zone()).toLocalDate();
                commands.sendAndWait(new DrawOnApproval(manifest.approvalId(), manifest.id(), accepted.stream()
                        .map(o -> o.acceptedQuantity().tonnes()).reduce(BigDecimal.ZERO, BigDecimal::add),
                        pickupDay));
            }
            outcomes.forEach(outcome -> commands.sendAndWait(batchCommand(manifest.id(), receiverId, outcome,
                    receivedAt)));
            return null;
        });
    }

    private static Object batchCommand(UUID manifestId, UUID receiverId, LineOutcome outcome, Instant at) {
        if (outcome.decision() == LineDecision.REJECT) {
            return new RejectBatch(outcome.batchId(), manifestId, receiverId,
                    outcome.note() == null ? "rejected at receipt" : outcome.note(), at);
        }
        return new AcceptBatch(outcome.batchId(), manifestId, receiverId, outcome.acceptedQuantity(),
                !outcome.discrepancies().isEmpty(), at);
    }
}
