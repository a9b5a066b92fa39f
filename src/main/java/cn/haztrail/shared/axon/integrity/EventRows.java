package cn.haztrail.shared.axon.integrity;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Writes appended events to {@code domain_event_entry} as one JDBC batch, each row taking its global position from
 * the store's sequence inside its own insert. Persisting them one by one through JPA asked the sequence for every
 * event in a round trip of its own before the inserts (the sequence counts by one, STACK.md trap 4): half the
 * statements of an append, and most of an import's (issues 16, 17). The rows and their positions are the same; the
 * sequence is still read inside the appending transaction, so what {@link IssuedPositions} says is unchanged.
 * The JDBC template works on the appending transaction's own connection.
 */
@Component
class EventRows {

    /** {@code nextval} is PostgreSQL's, and H2 knows it in its PostgreSQL mode (the tests' and demo's database). */
    private static final String INSERT = """
            insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
            values (nextval('domain_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<DomainEventEntry> entries) {
        jdbc.batchUpdate(INSERT, entries.stream().map(entry -> new Object[]{entry.getAggregateIdentifier(),
                entry.getSequenceNumber(), entry.getType(), entry.getEventIdentifier(), entry.getMetaData().getData(),
                entry.getPayload().getData(), entry.getPayload().getType().getRevision(),
                entry.getPayload().getType().getName(), DateTimeUtils.formatInstant(entry.getTimestamp())}).toList());
    }
}
