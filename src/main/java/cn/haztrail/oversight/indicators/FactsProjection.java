package cn.haztrail.oversight.indicators;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.MethodKind;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps one row of facts per batch for the regulator's indicators, flows and key units, and the rollups that the
 * indicators and key units read ({@link IndicatorRollups}): each handler hands over what the batch contributed before
 * and after the event, in the same transaction as the facts and the processor's token. Streaming and pooled, so it
 * can be rebuilt from the first event: every handler is an upsert by batch id that ignores an event it has applied
 * already (by the batch stream's sequence number), and a reset empties the facts and the rollups. Business times come from the
 * events (generatedAt, receivedAt, disposedOn), never from when they were recorded; days are days in the
 * configured zone (Asia/Shanghai).
 */
@Component
@ProcessingGroup(FactsProjection.GROUP)
class FactsProjection {

    static final String GROUP = "oversight";

    private final BatchFacts facts;
    private final IndicatorRollups rollups;
    private final EnterpriseQueries enterprises;
    private final MethodCatalogue methods;
    private final ZoneId zone;

    FactsProjection(BatchFacts facts, IndicatorRollups rollups, EnterpriseQueries enterprises,
                    MethodCatalogue methods, ZoneProperties zone) {
        this.facts = facts;
        this.rollups = rollups;
        this.enterprises = enterprises;
        this.methods = methods;
        this.zone = zone.zone();
    }

    @EventHandler
    void on(BatchRegistered event, @SequenceNumber long sequence) {
        if (facts.find(event.batchId()).isPresent()) {
            return;
        }
        BatchFact fact = new BatchFact(event.batchId(), event.producerId(), regionOf(event.producerId()),
                event.wasteCode(), WasteCode.parse(event.wasteCode()).category().code(), event.generatedAt(),
                day(event.generatedAt()), tonnes(event.quantity()), event.quantity().unit().symbol(), sequence);
        facts.add(fact);
        rollups.record(BatchContribution.NONE, BatchContribution.of(fact));
    }

    @EventHandler
    void on(BatchReceived event, @SequenceNumber long sequence) {
        update(event.batchId(), sequence, fact -> fact.received(event.receiverId(), regionOf(event.receiverId()),
                event.receivedAt(), day(event.receivedAt()), tonnes(event.acceptedQuantity()), sequence));
    }

    @EventHandler
    void on(BatchReturnedToStorage event, @SequenceNumber long sequence) {
        update(event.batchId(), sequence, fact -> fact.returnedToStorage(sequence));
    }

    @EventHandler
    void on(BatchDisposed event, @SequenceNumber long sequence) {
        update(event.batchId(), sequence, fact -> fact.treated(event.methodCode(), kindOf(event.methodCode()),
                event.disposedOn(), tonnes(event.quantity()), sequence));
    }

    @ResetHandler
    void reset() {
        facts.deleteAll();
        rollups.clear();
    }

    private void update(UUID batchId, long sequence, Consumer<BatchFact> change) {
        facts.find(batchId).filter(fact -> fact.notYetApplied(sequence)).ifPresent(fact -> {
            BatchContribution before = BatchContribution.of(fact);
            change.accept(fact);
            rollups.record(before, BatchContribution.of(fact));
        });
    }

    /** A code the catalogue no longer lists falls under "the rest", other disposal (DOMAIN.md). */
    private MethodKind kindOf(String code) {
        return methods.find(code).map(MethodCode::kind).orElse(MethodKind.OTHER_DISPOSAL);
    }

    private String regionOf(UUID enterpriseId) {
        return enterprises.regionOf(enterpriseId).orElse(null);
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    private static BigDecimal tonnes(Quantity quantity) {
        return quantity != null && quantity.hasMass() ? quantity.tonnes() : null;
    }
}
