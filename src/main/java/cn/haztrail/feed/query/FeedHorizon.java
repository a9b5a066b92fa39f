package cn.haztrail.feed.query;

import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The first feed position a reader may not see yet. Concurrent writers (one node or several) commit out of order,
 * so the feed processor can write the entry at position 12 while 11 is still uncommitted: its token keeps 11 as a
 * gap. Serving 12 then would let a reader move its {@code after=} past 11 for good. Entries are served only below the
 * lowest open gap. A write holds its position only from its insert to its commit, which the unit of work does
 * at once (milliseconds), so a gap whose next stored event is older than {@link #IN_FLIGHT_LIMIT} is a rolled-back
 * write that never fills, and holds nothing back. The token row is read, never claimed, so any node can answer.
 */
@Component
class FeedHorizon {

    /** Far beyond an insert-to-commit; a refused step that rolled back delays the feed by at most this. */
    static final Duration IN_FLIGHT_LIMIT = Duration.ofSeconds(10);

    private final EntityManager entityManager;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FeedHorizon(EntityManager entityManager, Serializer serializer, JdbcTemplate jdbc, Clock clock) {
        this.entityManager = entityManager;
        this.serializer = serializer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return a position no served entry reaches: every event below it is in the feed or never will be */
    long get() {
        TokenEntry entry = entityManager.find(TokenEntry.class, new TokenEntry.PK(FeedProjection.GROUP, 0));
        if (entry == null) {
            return 0;
        }
        Instant deadBefore = clock.instant().minus(IN_FLIGHT_LIMIT);
        return of(entry.getToken(serializer), gap -> storedAfterGapBefore(gap, deadBefore));
    }

    static long of(TrackingToken stored, LongPredicate deadGap) {
        TrackingToken token = WrappedToken.unwrapLowerBound(stored);
        if (token instanceof GapAwareTrackingToken gapAware) {
            for (long gap : gapAware.getGaps()) {
                if (!deadGap.test(gap)) {
                    return gap;
                }
            }
            return gapAware.getIndex() + 1;
        }
        return token == null ? 0 : token.position().orElse(-1) + 1;
    }

    private boolean storedAfterGapBefore(long gap, Instant deadBefore) {
        List<String> next = jdbc.queryForList("""
                select time_stamp from domain_event_entry where global_index > ?
                order by global_index fetch first 1 rows only""", String.class, gap);
        return !next.isEmpty() && Instant.parse(next.get(0)).isBefore(deadBefore);
    }
}
