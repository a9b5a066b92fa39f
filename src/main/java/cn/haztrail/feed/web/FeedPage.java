package cn.haztrail.feed.web;

import cn.haztrail.feed.FeedItem;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "A page of the change feed; ask again with after = next")
record FeedPage(List<FeedItem> items,
                @Schema(description = "The position to pass as `after` for the following page", example = "1042")
                long next) {
}
