package cn.haztrail.feed.query;

import cn.haztrail.feed.Audience;
import cn.haztrail.feed.EventAudience;
import cn.haztrail.feed.FeedItem;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change feed: every domain event with its global position and its audience. One segment (application.yml), so
 * entries are written in position order and a reader following {@code after=} never skips one written later.
 * Replayable: an entry is keyed by its position. Events stored without an aggregate (integrity seals, R23) are no
 * part of any custody chain and are left out: a seal lists every stream and would outgrow an entry.
 */
@Component
@ProcessingGroup(FeedProjection.GROUP)
class FeedProjection {

    static final String GROUP = "feed";

    private final FeedRepository feed;
    private final EventAudience audiences;
    private final JsonMapper json;

    FeedProjection(FeedRepository feed, EventAudience audiences, JsonMapper json) {
        this.feed = feed;
        this.audiences = audiences;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        if (!(event instanceof DomainEventMessage<?> domain) || domain.getType() == null
                || token.position().isEmpty()) {
            return;
        }
        long position = token.position().getAsLong();
        Audience audience = audiences.of(event);
        feed.save(new FeedEntry(position, audience.enterpriseColumn(), audience.regionColumn(),
                json.writeValueAsString(FeedItem.of(event, position, json))));
    }

    @ResetHandler
    void reset() {
        feed.deleteAllInBatch();
    }
}
