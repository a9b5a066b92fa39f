package cn.haztrail.shared.axon;

import cn.haztrail.support.IntegrationTest;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to the merged read-side processors loses no event and handles none it had not reached:
 * every merged segment starts at the lowest position of the old ones, a replay under way goes on, dead letters move.
 * Old tokens are written with the serializer the application's token store uses.
 */
@IntegrationTest
class ProcessorTokenMergeTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    @Qualifier("serializer")
    Serializer serializer;

    @Test
    void the_merged_processor_starts_every_segment_at_the_lowest_old_position() throws Exception {
        store("merge-a", 0, gapAware(120, 100));
        store("merge-a", 1, gapAware(90));
        store("merge-b", 0, gapAware(150));
        store("merge-b", 1, gapAware(130, 95));

        assertThat(merge(List.of("merge-a", "merge-b"), "merge-ab")).isTrue();

        Map<Integer, TrackingToken> merged = tokens("merge-ab");
        assertThat(merged).containsOnlyKeys(0, 1);
        TrackingToken lowest = gapAware(90).lowerBound(gapAware(120, 100)).lowerBound(gapAware(130, 95));
        assertThat(merged.values()).containsOnly(lowest);
        assertThat(lowest.covers(gapAware(89))).as("events up to 89 were handled by all").isTrue();
        assertThat(lowest.covers(gapAware(91))).as("event 91 is handled again (the first processor lacked it)")
                .isFalse();
        assertThat(tokens("merge-a")).isEmpty();
        assertThat(tokens("merge-b")).isEmpty();
    }

    @Test
    void a_processor_merged_into_one_of_them_keeps_its_name_and_a_replay_under_way() throws Exception {
        store("merge-feed", 0, ReplayToken.createReplayToken(gapAware(300), gapAware(40)));
        store("merge-hooks", 0, gapAware(280));

        merge(List.of("merge-feed", "merge-hooks"), "merge-feed");

        TrackingToken merged = tokens("merge-feed").get(0);
        assertThat(merged).isInstanceOf(ReplayToken.class);
        assertThat(((ReplayToken) merged).getTokenAtReset()).isEqualTo(gapAware(300));
        assertThat(((ReplayToken) merged).getCurrentToken()).isEqualTo(gapAware(40));
        assertThat(tokens("merge-hooks")).isEmpty();
    }

    @Test
    void nothing_happens_on_a_new_database_or_once_merged() throws Exception {
        assertThat(merge(List.of("merge-none-a", "merge-none-b"), "merge-none")).isFalse();
        store("merge-done", 0, gapAware(7));
        assertThat(merge(List.of("merge-done", "merge-gone"), "merge-done")).isFalse();
        assertThat(tokens("merge-done")).containsEntry(0, gapAware(7));
    }

    @Test
    void dead_letters_move_to_the_merged_processor_in_the_order_they_were_parked() throws Exception {
        store("merge-dl-a", 0, gapAware(10));
        store("merge-dl-b", 0, gapAware(10));
        letter("dl-1", "merge-dl-a", "batch-1", 0, "2026-12-01T10:00:00Z");
        letter("dl-2", "merge-dl-b", "batch-1", 0, "2026-12-01T09:00:00Z");
        letter("dl-3", "merge-dl-a", "batch-1", 1, "2026-12-01T11:00:00Z");

        merge(List.of("merge-dl-a", "merge-dl-b"), "merge-dl");

        assertThat(jdbc.queryForList("select dead_letter_id from dead_letter_entry where processing_group = "
                + "'merge-dl' and sequence_identifier = 'batch-1' order by sequence_index", String.class))
                .containsExactly("dl-2", "dl-1", "dl-3");
    }

    private boolean merge(List<String> from, String into) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return new ProcessorTokenMerge().merge(connection, from, into);
        }
    }

    private static GapAwareTrackingToken gapAware(long index, long... gaps) {
        SortedSet<Long> set = new TreeSet<>();
        for (long gap : gaps) {
            set.add(gap);
        }
        return GapAwareTrackingToken.newInstance(index, set);
    }

    private void store(String processor, int segment, TrackingToken token) {
        SerializedObject<byte[]> serialized = serializer.serialize(token, byte[].class);
        jdbc.update("insert into token_entry (processor_name, segment, token, token_type, owner, timestamp) "
                        + "values (?, ?, ?, ?, null, ?)", processor, segment, serialized.getData(),
                serialized.getType().getName(), Instant.now().toString());
    }

    private Map<Integer, TrackingToken> tokens(String processor) {
        Map<Integer, TrackingToken> found = new java.util.TreeMap<>();
        jdbc.query("select segment, token, token_type from token_entry where processor_name = ?", rs -> {
            byte[] data = rs.getBytes("token");
            found.put(rs.getInt("segment"), data == null ? null : serializer.deserialize(
                    new SimpleSerializedObject<>(data, byte[].class, rs.getString("token_type"), null)));
        }, processor);
        return found;
    }

    private void letter(String id, String group, String sequence, long index, String enqueuedAt) {
        jdbc.update("insert into dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, "
                        + "sequence_index, enqueued_at, event_identifier, message_type, payload, payload_type, "
                        + "time_stamp) values (?, ?, ?, ?, ?, ?, 'DomainEventMessage', ?, 'x', ?)", id, group,
                sequence, index, java.sql.Timestamp.from(Instant.parse(enqueuedAt)), id + "-event", new byte[]{1},
                enqueuedAt);
    }
}
