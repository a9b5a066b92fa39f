package cn.haztrail.oversight.indicators;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One row of {@code indicator_rollup}: a view, a region prefix (a province "36", a city "3602" or a county "360203":
 * every batch counts under the three prefixes of its region code, so a region's figures are read by equality), a
 * waste category and a period of one grain. Rows are written in this order, so that concurrent writers never wait for
 * each other in a circle.
 */
record RollupKey(IndicatorView view, String regionPrefix, String category, Grain grain, LocalDate start)
        implements Comparable<RollupKey> {

    private static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::view)
            .thenComparing(RollupKey::regionPrefix).thenComparing(RollupKey::category)
            .thenComparing(RollupKey::grain).thenComparing(RollupKey::start);

    @Override
    public int compareTo(RollupKey other) {
        return ORDER.compare(this, other);
    }
}
