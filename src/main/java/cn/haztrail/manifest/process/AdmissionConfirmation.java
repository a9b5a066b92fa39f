package cn.haztrail.manifest.process;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.ConfirmAdmission;
import cn.haztrail.registry.api.ConfirmAdmissions;
import cn.haztrail.shared.axon.ProcessingBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * After a receipt, the room held on the receiver's licence year becomes admitted (R04): its own process, so the
 * receipt's transaction writes only the manifest and this one only the receiver. Confirming is never refused and,
 * repeated, changes nothing, so a retry after a failure or a crash is safe; without a hold (it expired) the receipt
 * is admitted all the same and any overrun recorded. Never replayed: a confirmation happens once.
 * The receipts of a processing batch are confirmed together as it commits, one command per receiver (an import's
 * receipts are many at one receiver); a command that fails fails the batch, which is handled again, and the
 * confirmations repeated then change nothing.
 */
@Component
@ProcessingGroup(ProcessCommands.GROUP)
@DisallowReplay
class AdmissionConfirmation {

    private final ProcessCommands commands;
    private final WorkingDayCalendar calendar;
    private final ExemptLines exemptLines;

    AdmissionConfirmation(ProcessCommands commands, WorkingDayCalendar calendar, ExemptLines exemptLines) {
        this.exemptLines = exemptLines;
        this.commands = commands;
        this.calendar = calendar;
    }

    @EventHandler
    void on(ManifestReceived receipt) {
        List<LineOutcome> accepted = ReceiptTonnes.accepted(receipt);
        if (receipt.kind() == ManifestKind.RETURN || accepted.isEmpty()) {
            return;
        }
        // R37: lines sent under an exemption are drawn on it (ExemptionDrawConfirmation), not admitted
        Map<UUID, UUID> exempt = exemptLines.of(receipt.manifestId());
        accepted = accepted.stream().filter(line -> !exempt.containsKey(line.batchId())).toList();
        if (accepted.isEmpty()) {
            return;
        }
        ConfirmAdmission confirmation = new ConfirmAdmission(receipt.receiverId(), receipt.manifestId(),
                accepted.stream().map(line -> new AdmissionLine(line.wasteCode(), line.methodCode(),
                        line.acceptedQuantity().tonnes())).toList(),
                receipt.receivedAt().atZone(calendar.zone()).toLocalDate());
        ProcessingBatch.writeBeforeCommit("admission-confirmations", confirmation, this::send);
    }

    /** One command per receiver for the processing batch's receipts, in their order, each its own transaction. */
    private void send(List<ConfirmAdmission> confirmations) {
        Map<UUID, List<ConfirmAdmission>> byReceiver = new LinkedHashMap<>();
        confirmations.forEach(confirmation -> byReceiver.computeIfAbsent(confirmation.receiverId(),
                receiver -> new ArrayList<>()).add(confirmation));
        byReceiver.forEach((receiver, each) -> commands.send(each.size() == 1 ? each.get(0)
                : new ConfirmAdmissions(receiver, each)));
    }
}
