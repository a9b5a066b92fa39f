package cn.haztrail.operations;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What operators watch, read straight from the tables every node shares (so each node reports the whole
 * installation, not just its own segments): the store's head, each streaming processor's slowest segment, dead
 * letters, the webhook outbox and Axon's deadlines in db-scheduler. Read at most once per refresh interval, however
 * often and by however many gauges it is scraped.
 */
@Component
class StoreReadings {

    /** A deadline still not fired this long after it fell due is overdue (db-scheduler polls every few seconds). */
    static final Duration OVERDUE_AFTER = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Clock clock;
    private final Duration refresh;
    private Readings last;
    private Instant readAt = Instant.MIN;

    StoreReadings(JdbcTemplate jdbc, Serializer serializer, Clock clock, OperationsProperties properties) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
        this.refresh = properties.metricsRefresh();
    }

    /** The latest readings, read again when older than the refresh interval. */
    synchronized Readings current() {
        Instant now = Instant.now();
        if (last == null || !now.isBefore(readAt.plus(refresh))) {
            last = read();
            readAt = now;
        }
        return last;
    }

    /**
     * @param head           the store's last global position (-1 when empty)
     * @param positions      per processor, the position its slowest segment has handled (-1 when not started)
     * @param deadLetters    per processing group, events parked in the dead-letter queue
     * @param webhookBacklog deliveries waiting to be made
     * @param webhookRetrying deliveries waiting after at least one failed attempt
     * @param webhookFailed  deliveries given up after their last attempt
     * @param deadlinesDue   deadlines whose time has come and that have not fired yet
     * @param deadlinesOverdue of those, the ones due for longer than {@link #OVERDUE_AFTER}
     */
    record Readings(long head, Map<String, Long> positions, Map<String, Long> deadLetters, long webhookBacklog,
                    long webhookRetrying, long webhookFailed, long deadlinesDue, long deadlinesOverdue) {

        /** Events the processor has yet to handle; the store's head when it has no token yet. */
        long lag(String processor) {
            return Math.max(0, head - positions.getOrDefault(processor, -1L));
        }
    }

    Readings read() {
        Instant now = clock.instant();
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("select processor_name, token_type, token from token_entry", rs -> {
            long position = position(rs.getString("token_type"), rs.getBytes("token"));
            positions.merge(rs.getString("processor_name"), position, Math::min);
        });
        Map<String, Long> deadLetters = new HashMap<>();
        jdbc.query("select processing_group, count(*) as parked from dead_letter_entry group by processing_group",
                rs -> {
                    deadLetters.put(rs.getString("processing_group"), rs.getLong("parked"));
                });
        long backlog = count("select count(*) from webhook_delivery where status = 'PENDING'");
        long retrying = count("select count(*) from webhook_delivery where status = 'PENDING' and attempts > 0");
        long failed = count("select count(*) from webhook_delivery where status = 'FAILED'");
        long due = count("select count(*) from scheduled_tasks where task_name like 'AxonDeadline%' "
                + "and execution_time <= ?", Timestamp.from(now));
        long overdue = count("select count(*) from scheduled_tasks where task_name like 'AxonDeadline%' "
                + "and execution_time <= ?", Timestamp.from(now.minus(OVERDUE_AFTER)));
        return new Readings(head == null ? -1 : head, positions, deadLetters, backlog, retrying, failed, due,
                overdue);
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    /** A token as Axon stored it (general serializer); a segment without one has handled nothing. */
    private long position(String type, byte[] token) {
        if (type == null || token == null) {
            return -1;
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, type, null));
        OptionalLong position = tracking == null ? OptionalLong.empty() : tracking.position();
        return position.orElse(-1);
    }
}
