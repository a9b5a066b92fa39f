package cn.haztrail.feed.query;

import cn.haztrail.feed.Audience;
import cn.haztrail.feed.EventAudience;
import cn.haztrail.feed.EventPositions;
import cn.haztrail.feed.FeedItem;
import cn.haztrail.shared.axon.ProcessingBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The change feed: every domain event with its global position in the event store and its audience. One segment
 * (application.yml), so entries are written in the order the store gives them; an event whose transaction committed
 * after later ones (concurrent writers, several nodes) is written when it becomes visible, at its own, lower position,
 * and {@link FeedHorizon} keeps readers from passing that position before.
 * Replayable: an entry is keyed by its position. The entries of a processing batch are inserted together just before
 * it commits (a replay writes a million). Events stored without an aggregate (integrity seals, R23; account audit)
 * are no part of any custody chain and are left out: a seal lists many streams and could outgrow an entry.
 */
@Component
@ProcessingGroup(FeedProjection.GROUP)
class FeedProjection {

    static final String GROUP = "feed";

    private final FeedRepository feed;
    private final EventAudience audiences;
    private final EventPositions positions;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;

    FeedProjection(FeedRepository feed, EventAudience audiences, EventPositions positions, JsonMapper json,
                   JdbcTemplate jdbc) {
        this.feed = feed;
        this.audiences = audiences;
        this.positions = positions;
        this.json = json;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domain) || domain.getType() == null) {
            return;
        }
        long position = positions.of(event);
        Audience audience = audiences.of(event);
        ProcessingBatch.writeBeforeCommit("feed-entries", new FeedEntry(position, audience.enterpriseColumn(),
                audience.regionColumn(), json.writeValueAsString(FeedItem.of(event, position, json))), this::insert);
    }

    /** A redelivered entry (same position) is left as it is. */
    private void insert(List<FeedEntry> entries) {
        jdbc.batchUpdate("insert into feed_entry (position, enterprise_ids, regions, item) values (?, ?, ?, ?) "
                + "on conflict do nothing", entries, entries.size(), (statement, entry) -> {
                    statement.setLong(1, entry.position());
                    statement.setString(2, entry.enterpriseIds());
                    statement.setString(3, entry.regions());
                    statement.setString(4, entry.item());
                });
    }

    @ResetHandler
    void reset() {
        feed.deleteAllInBatch();
    }
}
