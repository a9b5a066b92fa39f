package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The indicators and key-unit tonnes computed the way they were before the rollups: the batch facts that the old
 * queries selected (the same conditions, in Java), added up batch by batch by {@link Tally}.
 */
final class FactsReference {

    private FactsReference() {
    }

    /** Totals first, then the categories in code order, as {@link IndicatorQueries} answers. */
    static List<Object> indicators(Collection<BatchFact> facts, String regionPrefix, Period period,
                                   IndicatorView view) {
        Tally total = new Tally(period, view);
        Map<String, Tally> perCategory = new TreeMap<>();
        for (BatchFact fact : facts) {
            if (selected(fact, regionPrefix, period, view)) {
                FactRow row = new FactRow(fact.wasteCategory(), fact.generatedOn(), fact.generatedTonnes(),
                        fact.receivedOn(), fact.acceptedTonnes(), fact.disposedOn(), fact.disposedTonnes(),
                        fact.methodKind());
                total.add(row);
                perCategory.computeIfAbsent(row.category(), category -> new Tally(period, view)).add(row);
            }
        }
        List<Object> figures = new ArrayList<>();
        figures.add(total.figures());
        perCategory.forEach((category, tally) -> figures.add(new CategoryIndicators(category, tally.figures())));
        return figures;
    }

    /** The old originRows / facilityRows conditions. */
    private static boolean selected(BatchFact fact, String regionPrefix, Period period, IndicatorView view) {
        String region = view == IndicatorView.ORIGIN ? fact.producerRegion() : fact.receiverRegion();
        var entered = view == IndicatorView.ORIGIN ? fact.generatedOn() : fact.receivedOn();
        return region != null && region.startsWith(regionPrefix) && entered != null && !entered.isAfter(period.to())
                && (fact.methodKind() == null || fact.methodKind() == MethodKind.STORAGE_COLLECTION
                || (fact.disposedOn() != null && !fact.disposedOn().isBefore(period.from())));
    }

    /** The old generatedPerProducer: declared tonnes (null when none had mass) and batches without mass. */
    static Map<UUID, ProducerTonnes> generatedPerProducer(Collection<BatchFact> facts, String regionPrefix,
                                                          Period period) {
        Map<UUID, BigDecimal> tonnes = new HashMap<>();
        Map<UUID, Long> withoutMass = new HashMap<>();
        for (BatchFact fact : facts) {
            if (fact.producerRegion() != null && fact.producerRegion().startsWith(regionPrefix)
                    && period.contains(fact.generatedOn())) {
                withoutMass.merge(fact.producerId(), fact.generatedTonnes() == null ? 1L : 0L, Long::sum);
                if (fact.generatedTonnes() != null) {
                    tonnes.merge(fact.producerId(), fact.generatedTonnes(), BigDecimal::add);
                }
            }
        }
        Map<UUID, ProducerTonnes> producers = new TreeMap<>();
        withoutMass.forEach((producer, count) ->
                producers.put(producer, new ProducerTonnes(producer, tonnes.get(producer), count)));
        return producers;
    }
}
