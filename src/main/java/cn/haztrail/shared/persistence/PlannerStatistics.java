package cn.haztrail.shared.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings PostgreSQL's table statistics up to date after a bulk write (an import's, {@code GrowthAnalysis}) and as
 * the streaming processors fill their tables behind it ({@link ReadSideGrowthAnalysis}). PostgreSQL keeps the plan
 * of a statement that was prepared and run a few times until its tables' statistics change, and autovacuum analyzes
 * a growing table only now and then: on a fresh database, lookups by key planned while the tables were nearly empty
 * go on scanning whole tables while an import fills them (each batch of the feed looked its events up in 200 ms at
 * 70,000 events). An {@code ANALYZE} makes every connection plan those statements again from the new statistics.
 * H2 needs nothing here.
 */
@Component
public class PlannerStatistics {

    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    public PlannerStatistics(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** Analyzes the whole database on PostgreSQL (every table a bulk write and the processors behind it grow). */
    public void refresh() {
        if (database.isPostgres()) {
            jdbc.execute("analyze");
        }
    }
}
