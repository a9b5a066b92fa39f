package cn.haztrail.shared.axon.integrity;

import cn.haztrail.shared.axon.SnapshotConfiguration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which loads may leave the snapshot table out: only streams too short to have a snapshot, as this node saw them. */
class ShortStreamsTest {

    private static final String STREAM = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private final ShortStreams streams = new ShortStreams();

    @Test
    void a_stream_never_seen_is_asked_for_its_snapshot() {
        assertThat(streams.cannotHaveSnapshot(STREAM)).isFalse();
    }

    @Test
    void a_stream_this_node_began_is_loaded_without_asking_for_a_snapshot() {
        streams.appended(STREAM, 0);

        assertThat(streams.cannotHaveSnapshot(STREAM)).isTrue();
    }

    @Test
    void a_stream_read_from_its_start_that_is_long_enough_for_a_snapshot_is_asked_again() {
        streams.appended(STREAM, 0);

        streams.loaded(STREAM, 0, events(0, SnapshotConfiguration.EVENTS_BETWEEN_SNAPSHOTS));

        assertThat(streams.cannotHaveSnapshot(STREAM)).isFalse();
    }

    @Test
    void a_stream_read_in_batches_is_known_long_by_a_later_batch() {
        streams.loaded(STREAM, 0, events(0, 50));

        streams.loaded(STREAM, 50, events(50, SnapshotConfiguration.EVENTS_BETWEEN_SNAPSHOTS));

        assertThat(streams.cannotHaveSnapshot(STREAM)).isFalse();
    }

    @Test
    void a_stream_read_after_a_snapshot_is_not_taken_for_short() {
        streams.loaded(STREAM, 11, events(11, 20));

        assertThat(streams.cannotHaveSnapshot(STREAM)).isFalse();
    }

    @Test
    void R23_a_stream_this_node_took_a_snapshot_of_is_always_asked_so_the_snapshot_is_checked_against_the_chain() {
        streams.snapshotTaken(STREAM);

        streams.appended(STREAM, 3);

        assertThat(streams.cannotHaveSnapshot(STREAM)).isFalse();
    }

    private static List<GenericDomainEventEntry<byte[]>> events(int from, int to) {
        return LongStream.range(from, to).mapToObj(sequence -> new GenericDomainEventEntry<>("TransferManifest",
                STREAM, sequence, "event-" + sequence, "2026-12-04T10:00:00Z", "ManifestDrafted", null, new byte[0],
                new byte[0])).toList();
    }
}
