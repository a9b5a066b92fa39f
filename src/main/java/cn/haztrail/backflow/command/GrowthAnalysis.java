package cn.haztrail.backflow.command;

import cn.haztrail.shared.persistence.PlannerStatistics;

/**
 * When a running import has the database's statistics refreshed: each time the event store has doubled since the
 * last refresh (or since the job started), and first at {@link #FIRST} events. A fresh database gets statistics that
 * know its imported rows after the first chunks, while the read side is still behind; a store already large is
 * analyzed only once an import has doubled it, as an analysis of every table costs seconds there.
 */
final class GrowthAnalysis {

    static final long FIRST = 1_000;

    private final PlannerStatistics statistics;
    private long storeSize;
    private long next;

    /** @param storeSize the events in the store as the job starts (or resumes) */
    GrowthAnalysis(PlannerStatistics statistics, long storeSize) {
        this.statistics = statistics;
        this.storeSize = storeSize;
        this.next = Math.max(FIRST, storeSize * 2);
    }

    void stored(long events) {
        storeSize += events;
        if (storeSize >= next) {
            statistics.refresh();
            next = storeSize * 2;
        }
    }
}
