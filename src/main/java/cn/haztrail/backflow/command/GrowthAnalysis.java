package cn.haztrail.backflow.command;

import cn.haztrail.shared.persistence.PlannerStatistics;

/**
 * When a running import has the database's statistics refreshed: each time the events it stored double, from
 * {@link #FIRST} on. A fresh database gets statistics that know its imported rows after the first chunks, while the
 * read side is still behind; a job of a million events analyzes about ten times, ever more rarely.
 */
final class GrowthAnalysis {

    static final long FIRST = 1_000;

    private final PlannerStatistics statistics;
    private long stored;
    private long next = FIRST;

    GrowthAnalysis(PlannerStatistics statistics) {
        this.statistics = statistics;
    }

    void stored(long events) {
        stored += events;
        if (stored >= next) {
            statistics.refresh();
            next = Math.max(next * 2, stored * 2);
        }
    }
}
