package cn.haztrail.feed;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The global position of an event in the event store. Not the tracking token's position: an event whose transaction
 * committed after later ones (concurrent writers, several nodes) fills a gap of the token, and the token it comes
 * with carries the highest position seen so far, which another event already has.
 */
@Component
public class EventPositions {

    private final JdbcTemplate jdbc;

    public EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long of(EventMessage<?> event) {
        return jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, event.getIdentifier());
    }
}
