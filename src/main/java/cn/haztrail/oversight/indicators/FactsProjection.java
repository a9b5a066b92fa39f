package cn.haztrail.oversight.indicators;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.MethodKind;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.oversight.SharedCustodyRows;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps one row of facts per batch for the regulator's indicators, flows and key units, and the rollups that the
 * indicators and key units read ({@link IndicatorRollups}): each handler hands over what the batch contributed before
 * and after the event, in the same transaction as the facts and the processor's token. A batch's custody follows
 * from its manifests' events: its registration and disposal come from its own stream, its receipt from the receipt of
 * the manifest that carried it; the batch's own custody events (allocated, picked up, delivered, received, rejected,
 * released, returned to storage) are not handled, so a store holding both says nothing twice. The segments may handle
 * a manifest's events and a batch's own in any order: every handler sets only its own columns, ordered by the global
 * position of its event ({@link BatchFact}), so the facts and rollups come out the same whichever segment runs ahead.
 * Splits and consolidations (R45) give the new batch a row of its own and record the tonnes each source gave
 * ({@link FactLineage}); a batch's contribution then depends on its lineage as well, so an event that changes a
 * batch takes the contributions of the batches made from it before and after as well.
 * Streaming and pooled, so it can be rebuilt from the first event: a reset empties the facts, the lineage and the
 * rollups.
 * Business times come from the events (generatedAt, receivedAt, disposedOn), never from when they were recorded; days
 * are days in the configured zone (Asia/Shanghai).
 */
@Component
@ProcessingGroup(FactsProjection.GROUP)
class FactsProjection {

    static final String GROUP = "oversight";

    private final BatchFacts facts;
    private final IndicatorRollups rollups;
    private final EnterpriseQueries enterprises;
    private final MethodCatalogue methods;
    private final FactLineage lineage;
    private final ZoneId zone;
    private final SharedCustodyRows shared;

    /** Without lineage: for batches no repacking touches, handled directly (outside a processor). */
    FactsProjection(BatchFacts facts, IndicatorRollups rollups, EnterpriseQueries enterprises,
                    MethodCatalogue methods, ZoneProperties zone) {
        this(facts, rollups, enterprises, methods, zone, FactLineage.none());
    }

    /** Handled directly, outside a processor. */
    FactsProjection(BatchFacts facts, IndicatorRollups rollups, EnterpriseQueries enterprises,
                    MethodCatalogue methods, ZoneProperties zone, FactLineage lineage) {
        this(facts, rollups, enterprises, methods, zone, lineage, new SharedCustodyRows(null));
    }

    @Autowired
    FactsProjection(BatchFacts facts, IndicatorRollups rollups, EnterpriseQueries enterprises,
                    MethodCatalogue methods, ZoneProperties zone, FactLineage lineage, SharedCustodyRows shared) {
        this.shared = shared;
        this.lineage = lineage;
        this.facts = facts;
        this.rollups = rollups;
        this.enterprises = enterprises;
        this.methods = methods;
        this.zone = zone.zone();
    }

    /** The first registration counts; a redelivered one changes nothing. */
    @EventHandler
    void on(BatchRegistered event) {
        String region = regionOf(event.producerId());
        String category = WasteCode.parse(event.wasteCode()).category().code();
        LocalDate on = day(event.generatedAt());
        BigDecimal tonnes = tonnes(event.quantity());
        update(event.batchId(), fact -> {
            if (!fact.isRegistered()) {
                fact.registered(event.producerId(), region, event.wasteCode(), category, event.generatedAt(), on,
                        tonnes, event.quantity().unit().symbol());
            }
        });
    }

    /**
     * Every line the receiver accepted, wholly or in part; a rejected line leaves the batch as it was. On a return
     * manifest the receiver is the producer the waste came from: the batch is stock again ({@link BatchFact#received}),
     * never a facility's intake, also for a part a holder split off (R45).
     */
    @EventHandler
    void on(ManifestReceived event, TrackingToken token) {
        long position = position(token);
        String region = regionOf(event.receiverId());
        LocalDate on = day(event.receivedAt());
        for (LineOutcome line : event.lines()) {
            if (line.decision() != LineDecision.REJECT) {
                BigDecimal accepted = tonnes(line.acceptedQuantity());
                update(line.batchId(), fact -> fact.received(event.receiverId(), region, event.receivedAt(), on,
                        accepted, position, event.kind() == ManifestKind.RETURN));
            }
        }
    }

    @EventHandler
    void on(BatchDisposed event, TrackingToken token) {
        long position = position(token);
        MethodKind kind = kindOf(event.methodCode());
        BigDecimal tonnes = tonnes(event.quantity());
        update(event.batchId(), fact -> fact.treated(event.methodCode(), kind, event.disposedOn(), tonnes, position));
    }

    /**
     * A new batch made from shares of others (R45): its facts, the tonnes each source gave, and the mark on each
     * source that repackings took from it. The new batch, its sources and whatever was already made from it (a
     * later repacking handled first) count differently from now on; a redelivered event changes nothing.
     */
    @EventHandler
    void on(BatchRepacked event) {
        String region = regionOf(event.holderId());
        String category = WasteCode.parse(event.wasteCode()).category().code();
        shared.change(() -> repacked(event, region, category));
    }

    private void repacked(BatchRepacked event, String region, String category) {
        BatchFact made = facts.findOrCreate(event.batchId());
        Map<UUID, BatchFact> affected = affected(made);
        for (BatchShare share : event.sources()) {
            affected.putIfAbsent(share.batchId(), facts.findOrCreate(share.batchId()));
        }
        BatchContribution before = contributions(affected.values());
        if (!made.isRepacked()) {
            made.repacked(event.holderId(), region, event.wasteCode(), category, day(event.repackedAt()),
                    tonnes(event.quantity()), tonnes(event.loss()), event.quantity().unit().symbol());
        }
        for (BatchShare share : event.sources()) {
            lineage.record(event.batchId(), share.batchId(), tonnes(share.quantity()));
            affected.get(share.batchId()).gaveShares();
        }
        rollups.record(before, contributions(affected.values()));
    }

    @ResetHandler
    void reset() {
        facts.deleteAll();
        lineage.clear();
        rollups.clear();
    }

    /**
     * As the processing batch commits, under the oversight custody lock ({@link SharedCustodyRows}), so no other
     * segment changes the rows in between. The batches made from this one count its region and category in the origin
     * view, so their contributions are taken too.
     */
    private void update(UUID batchId, Consumer<BatchFact> change) {
        shared.change(() -> updateNow(batchId, change));
    }

    private void updateNow(UUID batchId, Consumer<BatchFact> change) {
        BatchFact fact = facts.findOrCreate(batchId);
        Map<UUID, BatchFact> affected = affected(fact);
        BatchContribution before = contributions(affected.values());
        change.accept(fact);
        rollups.record(before, contributions(affected.values()));
    }

    private Map<UUID, BatchFact> affected(BatchFact fact) {
        Map<UUID, BatchFact> affected = new LinkedHashMap<>();
        affected.put(fact.batchId(), fact);
        for (UUID made : lineage.madeFrom(fact)) {
            facts.find(made).ifPresent(found -> affected.put(made, found));
        }
        return affected;
    }

    private BatchContribution contributions(Collection<BatchFact> batches) {
        return BatchContribution.sum(batches.stream().map(batch -> BatchContribution.of(batch, lineage)).toList());
    }

    /** The event's place in the whole store; a replay's token tells the position being replayed. */
    static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a tracking token without a position"));
    }

    /** A code the catalogue no longer lists falls under "the rest", other disposal (DOMAIN.md). */
    private MethodKind kindOf(String code) {
        return methods.find(code).map(MethodCode::kind).orElse(MethodKind.OTHER_DISPOSAL);
    }

    /** Asked once per enterprise and processing batch: a region never changes, and a batch names few enterprises. */
    private String regionOf(UUID enterpriseId) {
        return ProcessingBatch.<UUID, Optional<String>>memo("oversight-enterprise-regions")
                .computeIfAbsent(enterpriseId, enterprises::regionOf).orElse(null);
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    private static BigDecimal tonnes(Quantity quantity) {
        return quantity != null && quantity.hasMass() ? quantity.tonnes() : null;
    }
}
