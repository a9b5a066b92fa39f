package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads seal events from the event table as stored, through the same upcaster as Axon's reads, so a seal of revision 1
 * reads as the first seal of a chain. A seal whose payload does not read was altered: its own hash reports it.
 */
@Component
class SealReader {

    private static final Logger log = LoggerFactory.getLogger(SealReader.class);

    private final StoredEvents stored;
    private final JdbcTemplate jdbc;
    private final Serializer eventSerializer;
    private final IntegritySealedUpcaster upcaster;
    private volatile LastRead lastRead;

    SealReader(StoredEvents stored, JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer eventSerializer,
               IntegritySealedUpcaster upcaster) {
        this.stored = stored;
        this.jdbc = jdbc;
        this.eventSerializer = eventSerializer;
        this.upcaster = upcaster;
    }

    /**
     * The latest stored seal, read again only when its row changed: a seal's payload names many heads, and every
     * custody answer asks for it. The row is compared column by column, so an altered seal is read as stored.
     */
    Optional<SealEvent> latest() {
        Optional<StoredEvent> row = stored.latestOfType(IntegritySealed.class);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        LastRead last = lastRead;
        if (last != null && last.row().sameAs(row.get())) {
            return last.read();
        }
        Optional<SealEvent> read = read(row.get());
        lastRead = new LastRead(row.get(), read);
        return read;
    }

    private record LastRead(StoredEvent row, Optional<SealEvent> read) {
    }

    /** The ids of every stored seal: their one-event streams are chained through the seals' links, not named. */
    Set<String> ids() {
        return new HashSet<>(jdbc.queryForList("select event_identifier from domain_event_entry where "
                + StoredEvents.ofType(IntegritySealed.class), String.class));
    }

    /** Every stored seal that reads, in one query. */
    List<SealEvent> all() {
        return jdbc.query("select global_index, aggregate_identifier, sequence_number, type, event_identifier, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data from domain_event_entry "
                        + "where " + StoredEvents.ofType(IntegritySealed.class) + " order by global_index",
                (rs, i) -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                        rs.getBytes(10)))
                .stream().map(this::read).flatMap(Optional::stream).toList();
    }

    Optional<SealEvent> read(StoredEvent event) {
        try {
            var entry = new GenericDomainEventEntry<>(event.type(), event.aggregateIdentifier(),
                    event.sequenceNumber(), event.eventIdentifier(), event.timeStamp(), event.payloadType(),
                    event.payloadRevision(), event.payload(), event.metaData());
            List<IntermediateEventRepresentation> read = upcaster
                    .upcast(Stream.of(new InitialEventRepresentation(entry, eventSerializer))).toList();
            IntegritySealed sealed = eventSerializer.deserialize(read.get(0).getData());
            return Optional.of(new SealEvent(event, sealed));
        } catch (SerializationException | IllegalArgumentException | NullPointerException e) {
            log.warn("The seal {} cannot be read: {}", event.eventIdentifier(), e.getMessage());
            return Optional.empty();
        }
    }
}
