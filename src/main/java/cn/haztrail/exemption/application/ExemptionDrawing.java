package cn.haztrail.exemption.application;

import cn.haztrail.exemption.api.RecordExemptionRefusal;
import cn.haztrail.exemption.api.ReserveExemptionDraw;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds quantity on an exemption for a receipt (R37) and, when the hold is refused for the exemption's own terms
 * (its cap exhausted, outside its window, revoked), keeps the refusal on the exemption's history for the regulator
 * in a transaction of its own: the refused step itself rolls back and stores nothing.
 */
@Service
public class ExemptionDrawing {

    private final CommandGateway commands;
    private final RefusalWriter refusals;

    public ExemptionDrawing(CommandGateway commands, RefusalWriter refusals) {
        this.commands = commands;
        this.refusals = refusals;
    }

    /** @throws CommandRefused as the exemption refused the hold, after recording the refusal if it is audited */
    public void reserve(ReserveExemptionDraw command) {
        try {
            commands.sendAndWait(command);
        } catch (CommandRefused refused) {
            if ("R37".equals(refused.rule()) && !"manifestId".equals(refused.field())) {
                refusals.record(command, refused);
            }
            throw refused;
        }
    }

    /** Writes a refusal in its own transaction, so that it stays when the caller's rolls back. */
    @Service
    public static class RefusalWriter {

        private final CommandGateway commands;

        public RefusalWriter(CommandGateway commands) {
            this.commands = commands;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void record(ReserveExemptionDraw draw, CommandRefused refusal) {
            Translatable text = refusal.text();
            commands.sendAndWait(new RecordExemptionRefusal(draw.exemptionId(), draw.manifestId(), draw.tonnes(),
                    refusal.rule(), refusal.getMessage(), text == null ? null : text.code(),
                    text == null ? null : text.plainArguments()));
        }
    }
}
