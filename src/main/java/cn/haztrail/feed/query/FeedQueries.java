package cn.haztrail.feed.query;

import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.feed.FeedItem;
import cn.haztrail.shared.security.Caller;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The feed as the caller may read it (R21): its own streams, a regulator's jurisdiction, everything for admins. */
@Service
@Transactional(readOnly = true)
public class FeedQueries {

    private final FeedRepository feed;
    private final FeedHorizon horizon;
    private final JsonMapper json;

    FeedQueries(FeedRepository feed, FeedHorizon horizon, JsonMapper json) {
        this.feed = feed;
        this.horizon = horizon;
        this.json = json;
    }

    public List<FeedItem> after(long position, int limit, Caller caller) {
        String enterprise = caller.isAdmin() || caller.isRegulator() ? "" : String.valueOf(caller.enterpriseId());
        String regionPrefix = caller.isRegulator() ? RegionPrefix.of(caller.jurisdiction()) : "";
        return feed.after(position, horizon.get(), enterprise, regionPrefix, Limit.of(limit)).stream()
                .map(entry -> json.readValue(entry.item(), FeedItem.class)).toList();
    }
}
