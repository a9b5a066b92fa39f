package cn.haztrail.shared.axon;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each node claims at most its fair share of a processor's segments: the segments divided by the live nodes, rounded
 * up. Axon's coordinator asks at every token claim interval; a node holding more than its share releases the surplus
 * for another node to claim, and when a node goes away the others' share grows and they claim its segments once its
 * claims time out. Without this the first node to start keeps every segment (Axon Server balances them otherwise).
 */
class FairShareSegments implements MaxSegmentProvider {

    private static final Logger log = LoggerFactory.getLogger(FairShareSegments.class);

    private final JdbcTemplate jdbc;
    private final LiveNodes nodes;

    FairShareSegments(JdbcTemplate jdbc, LiveNodes nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    @Override
    public int getMaxSegments(String processor) {
        try {
            Integer segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                    Integer.class, processor);
            int liveNodes = nodes.count();
            return Math.max(1, (segments + liveNodes - 1) / liveNodes);
        } catch (RuntimeException unreadable) {
            log.warn("Cannot count the segments or nodes of processor {}; it may claim every segment: {}", processor,
                    unreadable.getMessage());
            return Short.MAX_VALUE;
        }
    }
}
