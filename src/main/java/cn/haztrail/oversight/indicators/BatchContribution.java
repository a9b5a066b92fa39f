package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one batch, as its facts stand, adds to the rollups. The projection takes it before and after an event and
 * writes the difference, so the rollups always equal the sum over the current facts, whatever the order of
 * receipts, returns to storage and disposals. A batch whose registration is not known yet adds nothing. The
 * decomposition relies on the custody order that the batch aggregate enforces: generated on or before the day of
 * receipt, disposed of on or after it (R19).
 */
record BatchContribution(Map<RollupKey, RollupAmounts> indicators, Map<ProducerYearKey, RollupAmounts> producers) {

    static final BatchContribution NONE = new BatchContribution(Map.of(), Map.of());

    static BatchContribution of(BatchFact fact) {
        if (!fact.isRegistered()) {
            return NONE;
        }
        Map<RollupKey, RollupAmounts> indicators = new TreeMap<>();
        for (IndicatorView view : IndicatorView.values()) {
            addView(fact, view, indicators);
        }
        Map<ProducerYearKey, RollupAmounts> producers = new TreeMap<>();
        for (String prefix : prefixes(fact.producerRegion())) {
            producers.computeIfAbsent(new ProducerYearKey(prefix, fact.generatedOn().getYear(), fact.producerId()),
                    key -> new RollupAmounts()).add(fact.generatedTonnes() == null
                    ? RollupMeasure.ENTERED_WITHOUT_MASS : RollupMeasure.ENTERED_TONNES, massOrOne(fact.generatedTonnes()));
        }
        return new BatchContribution(indicators, producers);
    }

    private static void addView(BatchFact fact, IndicatorView view, Map<RollupKey, RollupAmounts> rows) {
        boolean origin = view == IndicatorView.ORIGIN;
        LocalDate entered = origin ? fact.generatedOn() : fact.receivedOn();
        String region = origin ? fact.producerRegion() : fact.receiverRegion();
        if (entered == null || region == null) {
            return;
        }
        BigDecimal tonnes = origin ? fact.generatedTonnes() : fact.acceptedTonnes();
        RollupAmounts onEntry = new RollupAmounts().add(RollupMeasure.ENTERED_BATCHES, BigDecimal.ONE)
                .add(tonnes == null ? RollupMeasure.ENTERED_WITHOUT_MASS : RollupMeasure.ENTERED_TONNES,
                        massOrOne(tonnes));
        add(rows, view, region, fact.wasteCategory(), entered, onEntry);
        boolean treated = fact.methodKind() != null && fact.methodKind().isFinal() && fact.disposedOn() != null;
        if (treated) {
            RollupAmounts onExit = new RollupAmounts().add(RollupMeasure.LEFT_BATCHES, BigDecimal.ONE)
                    .add(tonnes == null ? RollupMeasure.LEFT_WITHOUT_MASS : RollupMeasure.LEFT_TONNES, massOrOne(tonnes));
            if (tonnes != null) {
                onExit.add(RollupMeasure.treated(fact.methodKind()), fact.disposedTonnes());
            }
            add(rows, view, region, fact.wasteCategory(), fact.disposedOn(), onExit);
        }
        if (tonnes != null && fact.receivedOn() != null && fact.acceptedTonnes() != null) {
            add(rows, view, region, fact.wasteCategory(), fact.receivedOn(),
                    new RollupAmounts().add(RollupMeasure.RECEIVED_TONNES, fact.acceptedTonnes()));
        }
    }

    private static void add(Map<RollupKey, RollupAmounts> rows, IndicatorView view, String region, String category,
                            LocalDate day, RollupAmounts amounts) {
        for (String prefix : prefixes(region)) {
            for (Grain grain : Grain.values()) {
                rows.computeIfAbsent(new RollupKey(view, prefix, category, grain, grain.start(day)),
                        key -> new RollupAmounts()).add(amounts, 1);
            }
        }
    }

    /** The tonnes, or one batch without mass. */
    private static BigDecimal massOrOne(BigDecimal tonnes) {
        return tonnes == null ? BigDecimal.ONE : tonnes;
    }

    /**
     * The prefixes a region query can ask for ({@link cn.haztrail.catalogue.RegionPrefix}): province, city and the
     * whole code. A batch without a known region counts in no region, as a {@code like} filter never matched it.
     */
    static Set<String> prefixes(String region) {
        Set<String> prefixes = new LinkedHashSet<>();
        if (region == null || region.isEmpty()) {
            return prefixes;
        }
        for (int length : new int[] {2, 4}) {
            if (region.length() > length) {
                prefixes.add(region.substring(0, length));
            }
        }
        prefixes.add(region);
        return prefixes;
    }

    /** {@code after} less {@code before}, row by row; rows that do not change are left out. */
    static BatchContribution change(BatchContribution before, BatchContribution after) {
        return new BatchContribution(difference(before.indicators, after.indicators),
                difference(before.producers, after.producers));
    }

    private static <K extends Comparable<K>> Map<K, RollupAmounts> difference(Map<K, RollupAmounts> before,
                                                                              Map<K, RollupAmounts> after) {
        Map<K, RollupAmounts> change = new TreeMap<>();
        after.forEach((key, amounts) -> change.computeIfAbsent(key, k -> new RollupAmounts()).add(amounts, 1));
        before.forEach((key, amounts) -> change.computeIfAbsent(key, k -> new RollupAmounts()).add(amounts, -1));
        change.values().removeIf(RollupAmounts::isZero);
        return change;
    }

    boolean isEmpty() {
        return indicators.isEmpty() && producers.isEmpty();
    }
}
