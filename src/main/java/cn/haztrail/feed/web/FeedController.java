package cn.haztrail.feed.web;

import cn.haztrail.feed.FeedItem;
import cn.haztrail.feed.query.FeedQueries;
import cn.haztrail.shared.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/feed")
@Tag(name = "Change feed", description = "Events in global order, for integrators such as a provincial platform")
class FeedController {

    private final FeedQueries feed;
    private final CurrentCaller currentCaller;

    FeedController(FeedQueries feed, CurrentCaller currentCaller) {
        this.feed = feed;
        this.currentCaller = currentCaller;
    }

    @GetMapping
    @Operation(operationId = "readFeed",
            summary = "Events visible to the caller after a position, in global order",
            description = "Start with after=0 and pass the answer's `next` each time. Parties see their own streams, "
                    + "regulators their jurisdiction (R21). Positions may have gaps; they never go back.")
    FeedPage after(@RequestParam(defaultValue = "0") @Min(0) long after,
                   @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        List<FeedItem> items = feed.after(after, limit, currentCaller.get());
        return new FeedPage(items, items.isEmpty() ? after : items.get(items.size() - 1).position());
    }
}
