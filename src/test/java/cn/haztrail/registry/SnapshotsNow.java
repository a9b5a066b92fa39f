package cn.haztrail.registry;

import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Snapshots that this version takes when a test asks, in the background as the application takes them. */
final class SnapshotsNow {

    private SnapshotsNow() {
    }

    /** Replaces the aggregate's snapshots by one taken now, and returns its payload's text. */
    static String take(JdbcTemplate jdbc, Snapshotter snapshotter, Class<?> type, UUID id) {
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", id.toString());
        snapshotter.scheduleSnapshot(type, id.toString());
        await("a snapshot, taken in the background").atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Long.class,
                id.toString()) > 0);
        byte[] payload = jdbc.queryForObject("select payload from snapshot_event_entry where aggregate_identifier = ?",
                byte[].class, id.toString());
        return new String(payload, StandardCharsets.UTF_8);
    }
}
