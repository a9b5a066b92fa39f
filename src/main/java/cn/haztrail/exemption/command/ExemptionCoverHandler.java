package cn.haztrail.exemption.command;

import cn.haztrail.exemption.api.ExemptionQuantityDrawn;
import cn.haztrail.exemption.api.ExemptionRecorded;
import cn.haztrail.exemption.api.ExemptionRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ExemptionCoverTable} in the exemption commands' own transaction (a subscribing processor), so
 * drafting learns of an exemption, a draw or a revocation exactly when it is stored.
 */
@Component
@ProcessingGroup(ExemptionPartiesHandler.GROUP)
class ExemptionCoverHandler {

    private final ExemptionCoverTable table;

    ExemptionCoverHandler(ExemptionCoverTable table) {
        this.table = table;
    }

    @EventHandler
    void on(ExemptionRecorded event) {
        if (!table.existsById(event.exemptionId())) {
            table.save(new ExemptionCoverRow(event.exemptionId(), event.producerId(), event.utilizerId(),
                    event.wasteCode(), event.methodCode(), event.quantityCapTonnes(), event.validFrom(),
                    event.validTo()));
        }
    }

    @EventHandler
    void on(ExemptionQuantityDrawn event) {
        table.findById(event.exemptionId()).ifPresent(row -> row.drawn(event.drawnTotal()));
    }

    @EventHandler
    void on(ExemptionRevoked event) {
        table.findById(event.exemptionId()).ifPresent(ExemptionCoverRow::revoked);
    }
}
