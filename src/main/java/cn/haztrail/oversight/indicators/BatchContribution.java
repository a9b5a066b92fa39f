package cn.haztrail.oversight.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one batch, as its facts stand, adds to the rollups. The projection takes it before and after an event and
 * writes the difference, so the rollups always equal the sum over the current facts, whatever the order of
 * receipts, returns to storage and disposals. A batch whose registration is not known yet adds nothing. The
 * decomposition relies on the custody order that the batch aggregate enforces: generated on or before the day of
 * receipt, disposed of on or after it (R19). Through splits and consolidations (R45) a batch's contribution also
 * depends on its lineage ({@link FactLineage}): what repackings took from it and, for a batch made by one, its origin
 * batches. Batch counts stay counts of generated (origin view) or received (facility view) batches: an origin batch
 * taken in full by repackings keeps counting as a batch that entered (it decides only whether a category shows), while
 * its tonnes leave with the new batches' loss and treatment.
 */
record BatchContribution(Map<RollupKey, RollupAmounts> indicators, Map<ProducerYearKey, RollupAmounts> producers) {

    static final BatchContribution NONE = new BatchContribution(Map.of(), Map.of());

    /** A batch no repacking touched, as its facts stand. */
    static BatchContribution of(BatchFact fact) {
        return of(fact, BigDecimal.ZERO, Map.of());
    }

    /** As its facts and its lineage stand (R45): what repackings took from it, and its origins if it was made so. */
    static BatchContribution of(BatchFact fact, FactLineage lineage) {
        if (fact.isRepacked()) {
            return of(fact, lineage.taken(fact), lineage.origins(fact));
        }
        return fact.isRegistered() ? of(fact, lineage.taken(fact), Map.of()) : NONE;
    }

    /**
     * {@code taken}: the tonnes repackings took from the batch; {@code origins}: for a batch made by repacking, the
     * part of it that came from each origin batch. A generated batch counts in the origin view as before, except
     * that what repackings took from it leaves its producer's stock with the batches made from it, not with its own
     * disposal. A batch made by repacking is never generated: its loss and its treatment count in the origin view
     * of its origin batches, pro rata ({@link RepackedShares}).
     */
    static BatchContribution of(BatchFact fact, BigDecimal taken, Map<BatchFact, BigDecimal> origins) {
        if (!fact.isRegistered() && !fact.isRepacked()) {
            return NONE;
        }
        Map<RollupKey, RollupAmounts> indicators = new TreeMap<>();
        Map<ProducerYearKey, RollupAmounts> producers = new TreeMap<>();
        if (fact.isRepacked()) {
            RepackedShares.addOrigins(fact, taken, origins, indicators);
        } else {
            BigDecimal left = fact.generatedTonnes() == null ? null
                    : fact.generatedTonnes().subtract(taken).max(BigDecimal.ZERO);
            addView(fact, IndicatorView.ORIGIN, fact.producerRegion(), fact.generatedOn(), fact.generatedTonnes(), left,
                    fact.acceptedTonnes(), indicators);
            for (String prefix : prefixes(fact.producerRegion())) {
                producers.computeIfAbsent(new ProducerYearKey(prefix, fact.generatedOn().getYear(),
                        fact.producerId()), key -> new RollupAmounts()).add(fact.generatedTonnes() == null
                        ? RollupMeasure.ENTERED_WITHOUT_MASS : RollupMeasure.ENTERED_TONNES,
                        massOrOne(fact.generatedTonnes()));
            }
        }
        addFacility(fact, taken, indicators);
        return new BatchContribution(indicators, producers);
    }

    /**
     * The facility view counts a receipt as the receiver's intake, less what the receiver then passed on by
     * repacking it (R45: a collector's receipt is stock, not intake, once the collector repacks it; the part a
     * partial receipt did not accept is taken first, R39). A batch made by repacking counts where it is received; one
     * its holder treats itself, never received, is the holder's intake from the day it was made. The figures follow
     * the facts as they stand: once a collector repacks what it received, that receipt no longer counts as its
     * intake, in the period of the receipt too, and the tonnes count once, at the receiver of the new batches.
     */
    private static void addFacility(BatchFact fact, BigDecimal taken, Map<RollupKey, RollupAmounts> rows) {
        BigDecimal accepted = fact.acceptedTonnes();
        LocalDate receivedOn = fact.receivedOn();
        String region = fact.receiverRegion();
        if (fact.isRepacked() && region == null && isTreated(fact)) {
            accepted = fact.repackedTonnes();
            receivedOn = fact.repackedOn();
            region = fact.producerRegion();
        }
        if (receivedOn == null || region == null) {
            return;
        }
        BigDecimal intake = accepted;
        if (accepted != null && taken.signum() > 0) {
            BigDecimal held = fact.isRepacked() ? fact.repackedTonnes() : fact.generatedTonnes();
            BigDecimal notAccepted = held == null ? BigDecimal.ZERO : held.subtract(accepted).max(BigDecimal.ZERO);
            intake = accepted.subtract(taken.subtract(notAccepted).max(BigDecimal.ZERO)).max(BigDecimal.ZERO);
            if (intake.signum() == 0) {
                return;
            }
        }
        addView(fact, IndicatorView.FACILITY, region, receivedOn, intake, intake, intake, receivedOn, rows);
    }

    private static void addView(BatchFact fact, IndicatorView view, String region, LocalDate entered,
                                BigDecimal tonnes, BigDecimal left, BigDecimal received,
                                Map<RollupKey, RollupAmounts> rows) {
        addView(fact, view, region, entered, tonnes, left, received, fact.receivedOn(), rows);
    }

    /**
     * Enters the view's stock on {@code entered} with {@code tonnes} (null: a batch without mass), leaves it with
     * {@code left} when utilized or disposed of, and counts {@code received} on the day of receipt.
     */
    private static void addView(BatchFact fact, IndicatorView view, String region, LocalDate entered,
                                BigDecimal tonnes, BigDecimal left, BigDecimal received, LocalDate receivedOn,
                                Map<RollupKey, RollupAmounts> rows) {
        if (entered == null || region == null) {
            return;
        }
        RollupAmounts onEntry = new RollupAmounts().add(RollupMeasure.ENTERED_BATCHES, BigDecimal.ONE)
                .add(tonnes == null ? RollupMeasure.ENTERED_WITHOUT_MASS : RollupMeasure.ENTERED_TONNES,
                        massOrOne(tonnes));
        add(rows, view, region, fact.wasteCategory(), entered, onEntry);
        if (isTreated(fact)) {
            RollupAmounts onExit = new RollupAmounts().add(RollupMeasure.LEFT_BATCHES, BigDecimal.ONE)
                    .add(tonnes == null ? RollupMeasure.LEFT_WITHOUT_MASS : RollupMeasure.LEFT_TONNES, massOrOne(left));
            if (tonnes != null) {
                onExit.add(RollupMeasure.treated(fact.methodKind()), fact.disposedTonnes());
            }
            add(rows, view, region, fact.wasteCategory(), fact.disposedOn(), onExit);
        }
        if (tonnes != null && receivedOn != null && received != null) {
            add(rows, view, region, fact.wasteCategory(), receivedOn,
                    new RollupAmounts().add(RollupMeasure.RECEIVED_TONNES, received));
        }
    }

    /** Utilized or disposed of: a storage or collection code treats nothing. */
    static boolean isTreated(BatchFact fact) {
        return fact.methodKind() != null && fact.methodKind().isFinal() && fact.disposedOn() != null;
    }

    static void add(Map<RollupKey, RollupAmounts> rows, IndicatorView view, String region, String category,
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

    /** The contributions of several batches added up. */
    static BatchContribution sum(List<BatchContribution> parts) {
        Map<RollupKey, RollupAmounts> indicators = new TreeMap<>();
        Map<ProducerYearKey, RollupAmounts> producers = new TreeMap<>();
        for (BatchContribution part : parts) {
            part.indicators.forEach((key, amounts) ->
                    indicators.computeIfAbsent(key, k -> new RollupAmounts()).add(amounts, 1));
            part.producers.forEach((key, amounts) ->
                    producers.computeIfAbsent(key, k -> new RollupAmounts()).add(amounts, 1));
        }
        return new BatchContribution(indicators, producers);
    }

    boolean isEmpty() {
        return indicators.isEmpty() && producers.isEmpty();
    }
}
