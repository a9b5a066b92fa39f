package cn.haztrail.manifest.process;

import cn.haztrail.approval.api.ConfirmDraw;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestReceived;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * After a receipt across provinces, the quantity held on its approval is drawn (R14): its own process, one approval
 * per transaction. Confirming is never refused and, repeated, changes nothing; without a hold (it expired) the tonnes
 * are drawn all the same and any overrun recorded. Never replayed: a draw happens once.
 */
@Component
@ProcessingGroup(ProcessCommands.GROUP)
@DisallowReplay
class DrawConfirmation {

    private final ProcessCommands commands;

    DrawConfirmation(ProcessCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ManifestReceived receipt) {
        List<LineOutcome> accepted = ReceiptTonnes.accepted(receipt);
        if (receipt.approvalId() == null || accepted.isEmpty()) {
            return;
        }
        commands.send(new ConfirmDraw(receipt.approvalId(), receipt.manifestId(),
                ReceiptTonnes.total(accepted)));
    }
}
