package cn.haztrail.shared.axon.admin;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator moves any streaming processor, the webhook outbox included, to a chosen position: the events after
 * it are handled again, without a second delivery of any event to any subscription (at least once, not twice).
 */
@IntegrationTest
class ProcessorPositionResetTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_webhook_outbox_moved_back_queues_each_event_once_per_subscription() throws Exception {
        String early = subscribe("http://127.0.0.1:9/moved-back-early");
        String late = null;
        try {
            String batch = registerBatch();
            String event = eventOf(batch);
            await(() -> queued(early, event) == 1);
            late = subscribe("http://127.0.0.1:9/moved-back-late");
            String lateSubscription = late;
            long reached = position("feed");

            api.post(Api.ADMIN, "/api/v1/admin/projections/feed/position",
                    Map.of("position", globalIndex(event) - 1)).andExpect(status().isOk());

            await(() -> queued(lateSubscription, event) == 1); // handled again: the late subscription has it now
            await(() -> positionOrMinus("feed") >= reached);
            assertThat(queued(early, event)).as("deliveries of the event to the early subscription").isEqualTo(1);
            assertThat(jdbc.queryForList("select subscription_id, event_id from webhook_delivery "
                    + "where subscription_id in (?, ?) group by subscription_id, event_id having count(*) > 1",
                    UUID.fromString(early), UUID.fromString(late))).as("events queued twice").isEmpty();
        } finally {
            api.delete("producer", "/api/v1/webhooks/" + early).andExpect(status().isNoContent());
            if (late != null) {
                api.delete("producer", "/api/v1/webhooks/" + late).andExpect(status().isNoContent());
            }
        }
    }

    @Test
    void a_feed_moved_back_serves_again_an_entry_it_had_lost() throws Exception {
        long position = globalIndex(eventOf(registerBatch()));
        await(() -> served(position));
        jdbc.update("delete from feed_entry where position = ?", position);

        api.post(Api.ADMIN, "/api/v1/admin/projections/feed/position", Map.of("position", position - 1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("feed"));

        await(() -> served(position));
    }

    @Test
    void a_processor_whose_segments_another_node_claims_is_moved_all_the_same() throws Exception {
        long position = globalIndex(eventOf(registerBatch()));
        await(() -> served(position));
        jdbc.update("delete from feed_entry where position = ?", position);
        // as a second node running the feed would hold them: this node can neither claim nor store its tokens
        jdbc.update("update token_entry set owner = 'another-node', timestamp = ? where processor_name = 'feed'",
                Instant.now().toString());

        api.post(Api.ADMIN, "/api/v1/admin/projections/feed/position", Map.of("position", position - 1))
                .andExpect(status().isOk());

        await(() -> served(position));
    }

    @Test
    void a_position_beyond_the_last_issued_event_is_refused_naming_the_field() throws Exception {
        long beyond = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class) + 100_000;

        api.post(Api.ADMIN, "/api/v1/admin/projections/feed/position", Map.of("position", beyond))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("position"));
    }

    @Test
    void a_negative_position_is_400_naming_the_field() throws Exception {
        api.post(Api.ADMIN, "/api/v1/admin/projections/feed/position", Map.of("position", -1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("position"));
    }

    @Test
    void an_unknown_processor_is_404() throws Exception {
        api.post(Api.ADMIN, "/api/v1/admin/projections/no-such-processor/position", Map.of("position", 0))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void a_subscribing_processor_has_no_position_to_move() throws Exception {
        api.post(Api.ADMIN, "/api/v1/admin/projections/registry-view/position", Map.of("position", 0))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    private String subscribe(String url) throws Exception {
        return api.read(api.post("producer", "/api/v1/webhooks", Map.of("url", url))
                .andExpect(status().isCreated())).get("id").asString();
    }

    private String registerBatch() throws Exception {
        return api.read(api.post("producer", "/api/v1/batches", Map.of("wasteCode", "900-249-08",
                "quantity", Map.of("value", "20", "unit", "kg"), "physicalForm", "LIQUID",
                "packaging", Map.of("type", "DRUM", "count", 1), "hazardCharacteristics", List.of("T", "I"),
                "mainComponents", "废机油", "generatedAt", Instant.now().minusSeconds(3600).toString(),
                "storageLocation", "暂存间")).andExpect(status().isCreated())).get("id").asString();
    }

    private String eventOf(String stream) {
        return jdbc.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", String.class, stream);
    }

    private long globalIndex(String event) {
        return jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, event);
    }

    private long queued(String subscription, String event) {
        return jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id = ? and event_id = ?",
                Long.class, UUID.fromString(subscription), event);
    }

    private boolean served(long position) {
        try {
            JsonNode page = api.read(api.get(Api.ADMIN, "/api/v1/feed?limit=1&after=" + (position - 1))
                    .andExpect(status().isOk()));
            return !page.get("items").isEmpty() && page.at("/items/0/position").asLong() == position;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long position(String processor) throws Exception {
        for (JsonNode status : api.read(api.get(Api.ADMIN, "/api/v1/admin/projections").andExpect(status().isOk()))) {
            if (status.get("name").asString().equals(processor) && status.hasNonNull("position")) {
                return status.get("position").asLong();
            }
        }
        return -1;
    }

    private long positionOrMinus(String processor) {
        try {
            return position(processor);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not met within %s", PATIENCE).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
