package cn.haztrail.feed.query;

import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.feed.FeedItem;
import cn.haztrail.shared.axon.integrity.IssuedPositions;
import cn.haztrail.shared.security.Caller;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The feed as the caller may read it (R21): its own streams, a regulator's jurisdiction, everything for admins. Never
 * an entry beyond the positions the event store has issued ({@link IssuedPositions}): one there can only have been
 * written by a feed processor that followed a row whose position was set by hand (before the storage engine withheld
 * such rows), and serving it would move a reader's {@code after=} past later events until the processor is moved
 * back (POST /api/v1/admin/projections/feed/position).
 */
@Service
@Transactional(readOnly = true)
public class FeedQueries {

    private final FeedRepository feed;
    private final FeedHorizon horizon;
    private final JsonMapper json;
    private final IssuedPositions issued;

    FeedQueries(FeedRepository feed, FeedHorizon horizon, JsonMapper json, IssuedPositions issued) {
        this.feed = feed;
        this.horizon = horizon;
        this.json = json;
        this.issued = issued;
    }

    public List<FeedItem> after(long position, int limit, Caller caller) {
        String enterprise = caller.isAdmin() || caller.isRegulator() ? "" : String.valueOf(caller.enterpriseId());
        String regionPrefix = caller.isRegulator() ? RegionPrefix.of(caller.jurisdiction()) : "";
        long below = Math.min(horizon.get(), issued.highest() + 1);
        return feed.after(position, below, enterprise, regionPrefix, Limit.of(limit)).stream()
                .map(entry -> json.readValue(entry.item(), FeedItem.class)).toList();
    }
}
