package cn.haztrail.manifest.process;

import cn.haztrail.exemption.api.ConfirmExemptionDraw;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestReceived;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * After a receipt, the tonnes of its lines sent under an exemption are drawn on it (R37): its own process, one
 * exemption per transaction. Confirming is never refused and, repeated, changes nothing; without a hold (it expired)
 * the tonnes are drawn all the same and any overrun recorded. Never replayed: a draw happens once.
 */
@Component
@ProcessingGroup(ProcessCommands.GROUP)
@DisallowReplay
class ExemptionDrawConfirmation {

    private final ProcessCommands commands;
    private final ExemptLines exemptLines;

    ExemptionDrawConfirmation(ProcessCommands commands, ExemptLines exemptLines) {
        this.commands = commands;
        this.exemptLines = exemptLines;
    }

    @EventHandler
    void on(ManifestReceived receipt) {
        List<LineOutcome> accepted = ReceiptTonnes.accepted(receipt);
        if (accepted.isEmpty()) {
            return;
        }
        Map<UUID, UUID> exemptionOf = exemptLines.of(receipt.manifestId());
        Map<UUID, BigDecimal> draws = new LinkedHashMap<>();
        accepted.stream().filter(line -> exemptionOf.containsKey(line.batchId())).forEach(line -> draws.merge(
                exemptionOf.get(line.batchId()), line.acceptedQuantity().tonnes(), BigDecimal::add));
        draws.forEach((exemption, tonnes) -> commands.send(
                new ConfirmExemptionDraw(exemption, receipt.manifestId(), tonnes)));
    }
}
