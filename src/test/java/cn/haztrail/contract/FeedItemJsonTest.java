package cn.haztrail.contract;

import cn.haztrail.feed.FeedItem;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed and the webhooks write an item's payload straight from the event, not through a JSON tree made of it
 * first (a replay writes an item per event): what integrators receive stays byte for byte what the tree gave.
 */
@IntegrationTest
class FeedItemJsonTest {

    @Autowired
    JsonMapper json;

    @Test
    void every_event_is_written_to_the_feed_as_its_json_tree_was() {
        List<String> differing = new ArrayList<>();
        for (Object sample : EventSamples.all()) {
            var event = new GenericDomainEventMessage<>("TransferManifest", UUID.randomUUID().toString(), 3, sample);
            FeedItem item = FeedItem.of(event, 42, json);
            FeedItem throughTree = new FeedItem(item.position(), item.eventId(), item.type(), item.aggregateType(),
                    item.aggregateId(), item.sequence(), item.recordedAt(), item.businessTime(), item.accountId(),
                    json.valueToTree(sample), item.lateEntry(), item.sourceSystem(), item.sourceRecordId(),
                    item.importJobId());
            if (!json.writeValueAsString(item).equals(json.writeValueAsString(throughTree))) {
                differing.add(sample.getClass().getSimpleName());
            }
        }

        assertThat(differing).isEmpty();
    }
}
