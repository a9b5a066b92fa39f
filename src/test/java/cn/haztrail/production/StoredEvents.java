package cn.haztrail.production;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the event store and the token store of a node's database hold, read with SQL. */
record StoredEvents(JdbcTemplate jdbc) {

    long total() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    Map<String, Integer> perAggregate() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select aggregate_identifier, count(*) from domain_event_entry group by aggregate_identifier",
                row -> {
                    counts.put(row.getString(1), row.getInt(2));
                });
        return counts;
    }

    int count(Object aggregateId) {
        return perAggregate().getOrDefault(String.valueOf(aggregateId), 0);
    }

    long ofType(String simpleName) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like ?", Long.class,
                "%." + simpleName);
    }

    /** Event identifiers stored more than once (the unique index forbids it; asserted anyway). */
    long duplicateEventIdentifiers() {
        return jdbc.queryForObject("select count(*) - count(distinct event_identifier) from domain_event_entry",
                Long.class);
    }

    /** Global positions stored more than once. */
    long duplicateGlobalIndexes() {
        return jdbc.queryForObject("select count(*) - count(distinct global_index) from domain_event_entry",
                Long.class);
    }

    /** Aggregates whose sequence numbers are not exactly 0..n-1 (a lost or doubled event). */
    List<String> aggregatesWithSequenceGaps() {
        return jdbc.queryForList("""
                select aggregate_identifier from domain_event_entry group by aggregate_identifier
                having max(sequence_number) + 1 <> count(*) or min(sequence_number) <> 0
                   or count(distinct sequence_number) <> count(*)""", String.class);
    }

    /** Pairs of one aggregate's events whose global order contradicts their sequence. */
    long eventsOutOfGlobalOrder() {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry a join domain_event_entry b
                  on a.aggregate_identifier = b.aggregate_identifier and a.sequence_number < b.sequence_number
                 and a.global_index > b.global_index""", Long.class);
    }

    /** Event payload types stored for an aggregate, in sequence. */
    List<String> types(Object aggregateId) {
        return jdbc.queryForList("""
                select payload_type from domain_event_entry where aggregate_identifier = ? order by sequence_number""",
                String.class, String.valueOf(aggregateId)).stream().map(t -> t.substring(t.lastIndexOf('.') + 1))
                .toList();
    }

    /** Where the event store and the feed table stand, for a failure message. */
    String positions() {
        return jdbc.queryForMap("select (select count(*) from domain_event_entry) as events, "
                + "(select max(global_index) from domain_event_entry) as last_event, "
                + "(select count(*) from feed_entry) as feed_rows, "
                + "(select max(position) from feed_entry) as last_feed_row").toString();
    }

    /** Owner of each segment of a processor, by segment (null when unclaimed). */
    Map<Integer, String> owners(String processor) {
        Map<Integer, String> owners = new HashMap<>();
        jdbc.query("select segment, owner from token_entry where processor_name = ?", row -> {
            owners.put(row.getInt(1), row.getString(2));
        }, processor);
        return owners;
    }
}
