package cn.haztrail.oversight.indicators;

import java.util.Comparator;
import java.util.UUID;

/** One row of {@code producer_year_rollup}: what a producer generated in a year, under one prefix of its region. */
record ProducerYearKey(String regionPrefix, int year, UUID producerId) implements Comparable<ProducerYearKey> {

    private static final Comparator<ProducerYearKey> ORDER = Comparator.comparing(ProducerYearKey::regionPrefix)
            .thenComparingInt(ProducerYearKey::year).thenComparing(ProducerYearKey::producerId);

    @Override
    public int compareTo(ProducerYearKey other) {
        return ORDER.compare(this, other);
    }
}
