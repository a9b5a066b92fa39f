package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.SealedHead;
import cn.haztrail.shared.axon.integrity.ChainedEvent;
import cn.haztrail.shared.axon.integrity.StoredMetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the event table with plain SQL, as an auditor would: the integrity check must see the rows as stored, not as
 * Axon's serializer or upcasters would present them.
 */
@Component
class StoredEvents {

    /** The order seals list their heads in, and the Merkle tree's leaf order. */
    static final Comparator<String> STREAM_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, type, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data";
    private static final RowMapper<StoredEvent> ROW = (rs, i) -> new StoredEvent(rs.getLong("global_index"),
            rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
            rs.getString("event_identifier"), rs.getString("time_stamp"), rs.getString("payload_type"),
            rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data"));

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredEvent> stream(String streamId) {
        return jdbc.query("select " + COLUMNS + " from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", ROW, streamId);
    }

    /** The given streams' stored events in one query, each stream in sequence order (a stream with none is absent). */
    Map<String, List<StoredEvent>> streams(Collection<String> streamIds) {
        Map<String, List<StoredEvent>> byStream = new HashMap<>();
        if (streamIds.isEmpty()) {
            return byStream;
        }
        String marks = String.join(", ", Collections.nCopies(streamIds.size(), "?"));
        jdbc.query("select " + COLUMNS + " from domain_event_entry where aggregate_identifier in (" + marks + ") "
                + "order by aggregate_identifier, sequence_number", ROW, streamIds.toArray())
                .forEach(event -> byStream.computeIfAbsent(event.aggregateIdentifier(), id -> new ArrayList<>())
                        .add(event));
        return byStream;
    }

    /** Every event, stream after stream, each stream in sequence order, without holding them all in memory. */
    void eachInStreamOrder(Consumer<StoredEvent> action) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(500);
        int[] row = {0};
        streaming.query("select " + COLUMNS + " from domain_event_entry order by aggregate_identifier, "
                + "sequence_number", rs -> {
            action.accept(ROW.mapRow(rs, row[0]++));
        });
    }

    /** Every stream's last event, in {@link #STREAM_ORDER}. */
    List<SealedHead> heads() {
        return jdbc.query("select e.aggregate_identifier, e.sequence_number, e.meta_data from domain_event_entry e "
                        + "join (select aggregate_identifier, max(sequence_number) as last_sequence "
                        + "from domain_event_entry group by aggregate_identifier) h "
                        + "on e.aggregate_identifier = h.aggregate_identifier and e.sequence_number = h.last_sequence",
                (rs, i) -> new SealedHead(rs.getString(1), rs.getLong(2),
                        StoredMetaData.read(rs.getBytes(3)).get(ChainedEvent.HASH)))
                .stream().sorted(Comparator.comparing(SealedHead::streamId, STREAM_ORDER)).toList();
    }

    long lastGlobalIndex() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    Optional<StoredEvent> latestOfType(Class<?> payloadType) {
        return jdbc.query(latestOfTypeQuery(payloadType), ROW).stream().findFirst();
    }

    static String latestOfTypeQuery(Class<?> payloadType) {
        return "select " + COLUMNS + " from domain_event_entry where " + ofType(payloadType)
                + " order by global_index desc limit 1";
    }

    /**
     * The type written into the statement, not bound to it: PostgreSQL then plans with the type itself and reads its
     * index (V115). For {@code payload_type = ?} the plan it keeps after a few executions assumes a common type, and
     * for a rare one (a seal) reads the store from its end: 0.5 s a custody answer at 1,000,000 events. A class name
     * holds no quote.
     */
    static String ofType(Class<?> payloadType) {
        return "payload_type = '" + payloadType.getName() + "'";
    }
}
