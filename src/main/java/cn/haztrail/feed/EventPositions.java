package cn.haztrail.feed;

import cn.haztrail.shared.axon.ProcessingBatch;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The global position of an event in the event store. Not the tracking token's position: an event whose transaction
 * committed after later ones (concurrent writers, several nodes) fills a gap of the token, and the token it comes
 * with carries the highest position seen so far, which another event already has. Looked up for the whole
 * processing batch at the first of its events (one query instead of one per event).
 */
@Component
public class EventPositions {

    private final NamedParameterJdbcTemplate jdbc;

    public EventPositions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long of(EventMessage<?> event) {
        Map<String, Long> positions = ProcessingBatch.memo("event-positions");
        Long position = positions.get(event.getIdentifier());
        if (position == null) {
            var ids = ProcessingBatch.messages(event).stream().map(Message::getIdentifier).toList();
            jdbc.query("select event_identifier, global_index from domain_event_entry where event_identifier in (:ids)",
                    Map.of("ids", ids), rs -> {
                        positions.put(rs.getString(1), rs.getLong(2));
                    });
            position = positions.get(event.getIdentifier());
        }
        if (position == null) {
            throw new IllegalStateException("Event " + event.getIdentifier() + " is not in the event store");
        }
        return position;
    }
}
