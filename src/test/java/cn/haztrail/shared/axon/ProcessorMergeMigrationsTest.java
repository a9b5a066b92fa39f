package cn.haztrail.shared.axon;

import cn.haztrail.support.MigrationDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded from three alert processors to {@code ordered-alerts} (V189) and from four process
 * processors to {@code custody-processes} (V190) handles every event one of them had not reached and none they all
 * had: each merged processor starts at the lowest of its old ones' positions. Runs Flyway on an in-memory H2 of its
 * own, up to V188 and then on, as an upgrade does.
 */
class ProcessorMergeMigrationsTest {

    private final Serializer tokens = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(new TokenSerializationConfiguration().axonTypeIdsOnly()).build();

    @Test
    void the_three_alert_processors_become_one_that_starts_where_the_slowest_stood() {
        JdbcTemplate jdbc = upgradedFrom188("ordered-alerts-migration", Map.of("plan-alerts", token(500),
                "exemption-alerts", token(480, 470L), "round-alerts", token(510)));

        assertThat(positions(jdbc)).containsOnlyKeys(V189__MergeOrderedAlertProcessors.ORDERED_ALERTS);
        TrackingToken merged = positions(jdbc).get(V189__MergeOrderedAlertProcessors.ORDERED_ALERTS);
        assertThat(merged.covers(token(469))).isTrue();
        assertThat(merged.covers(token(470))).as("event 470, which the exemption alerts had not handled, is handled")
                .isFalse();
        assertThat(merged.covers(token(481))).isFalse();
    }

    @Test
    void the_four_custody_processes_become_one_that_starts_where_the_slowest_stood() {
        JdbcTemplate jdbc = upgradedFrom188("custody-processes-migration", Map.of("receipt-admission", token(900),
                "receipt-draw", token(900), "receipt-exemption-draw", token(880), "follow-on-link", token(905)));

        assertThat(positions(jdbc)).containsOnlyKeys(V190__MergeCustodyProcessProcessors.CUSTODY_PROCESSES);
        TrackingToken merged = positions(jdbc).get(V190__MergeCustodyProcessProcessors.CUSTODY_PROCESSES);
        assertThat(merged.covers(token(880))).isTrue();
        assertThat(merged.covers(token(881))).as("event 881, which the exemption draw had not handled, is handled")
                .isFalse();
    }

    /** A database at V188 whose processors stood at {@code positions}, migrated on to the current version. */
    private JdbcTemplate upgradedFrom188(String name, Map<String, TrackingToken> positions) {
        MigrationDatabase database = new MigrationDatabase(name, new V189__MergeOrderedAlertProcessors(),
                new V190__MergeCustodyProcessProcessors()).migrateTo("188");
        positions.forEach((processor, token) -> store(database.jdbc(), processor, token));
        return database.migrate().jdbc();
    }

    private Map<String, TrackingToken> positions(JdbcTemplate jdbc) {
        Map<String, TrackingToken> found = new TreeMap<>();
        jdbc.query("select processor_name, token, token_type from token_entry", row -> {
            found.put(row.getString(1), tokens.deserialize(new SimpleSerializedObject<>(row.getBytes(2),
                    byte[].class, row.getString(3), null)));
        });
        return found;
    }

    private static TrackingToken token(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, new TreeSet<>(List.of(gaps)));
    }

    private void store(JdbcTemplate jdbc, String processor, TrackingToken token) {
        SerializedObject<byte[]> serialized = tokens.serialize(token, byte[].class);
        jdbc.update("insert into token_entry (processor_name, segment, token, token_type, owner, timestamp) "
                + "values (?, 0, ?, ?, null, ?)", processor, serialized.getData(), serialized.getType().getName(),
                Instant.now().toString());
    }
}
