package cn.haztrail.shared.axon;

import cn.haztrail.shared.persistence.DatabaseProduct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * How many HazTrail nodes share the database right now. On PostgreSQL every node names its connections
 * {@code <marker><random id>} (the JDBC {@code ApplicationName}, see application-postgres.yml), so the distinct names
 * among the database's sessions are the live nodes: a stopped or killed node's sessions end with its process, with no
 * heartbeat table to keep. Any other database (the embedded H2 file) has exactly one node.
 */
@Component
public class LiveNodes {

    private static final Logger log = LoggerFactory.getLogger(LiveNodes.class);

    private final JdbcTemplate jdbc;
    private final ProcessingProperties properties;
    private final Clock clock;
    private final DatabaseProduct database;
    private volatile Count last = new Count(1, Instant.MIN);

    LiveNodes(JdbcTemplate jdbc, ProcessingProperties properties, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        this.database = database;
    }

    /** The live nodes, this one included: at least 1. */
    public int count() {
        Count cached = last;
        Instant now = clock.instant();
        if (now.isBefore(cached.at().plus(properties.nodeCountMaxAge()))) {
            return cached.nodes();
        }
        int nodes = database.isPostgres() ? Math.max(1, sessionsNamedAsNodes()) : 1;
        if (nodes != cached.nodes()) {
            log.info("{} HazTrail node(s) share the database", nodes);
        }
        last = new Count(nodes, now);
        return nodes;
    }

    private int sessionsNamedAsNodes() {
        Integer nodes = jdbc.queryForObject("""
                select count(distinct application_name) from pg_stat_activity
                where datname = current_database() and application_name like ?""",
                Integer.class, properties.nodeMarker() + "%");
        return nodes == null ? 0 : nodes;
    }

    private record Count(int nodes, Instant at) {
    }
}
