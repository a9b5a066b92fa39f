package cn.haztrail.feed;

import cn.haztrail.feed.webhook.WebhookSigner;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FeedAndWebhookTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        accounts.createIfAbsent("regulator-gd", Api.DEMO_PASSWORD, Role.REGULATOR, null, "440000");
    }

    private String registerBatch(String user) throws Exception {
        return api.read(api.post(user, "/api/v1/batches", Map.of("wasteCode", "900-249-08",
                "quantity", Map.of("value", "120", "unit", "kg"), "physicalForm", "LIQUID",
                "packaging", Map.of("type", "DRUM", "count", 1), "hazardCharacteristics", List.of("T", "I"),
                "mainComponents", "废机油", "generatedAt", Instant.now().minusSeconds(3600).toString(),
                "storageLocation", "暂存间"))).get("id").asText();
    }

    private List<String> feedAggregates(String user) throws Exception {
        List<String> aggregates = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = api.read(api.get(user, "/api/v1/feed?limit=1000&after=" + after)
                    .andExpect(status().isOk()));
            page.get("items").forEach(item -> aggregates.add(item.get("aggregateId").asText()));
            if (page.get("items").isEmpty()) {
                return aggregates;
            }
            after = page.get("next").asLong();
        }
    }

    @Test
    void R21_the_feed_shows_each_caller_only_the_events_it_may_see() throws Exception {
        String batch = registerBatch("producer");
        await(() -> served("producer", batch));

        assertThat(feedAggregates("producer")).contains(batch);
        assertThat(feedAggregates("regulator-jdz")).contains(batch);
        assertThat(feedAggregates("hospital")).doesNotContain(batch);
        assertThat(feedAggregates("regulator-gd")).doesNotContain(batch);
    }

    @Test
    void the_feed_is_in_global_order_and_pages_by_position() throws Exception {
        registerBatch("producer");
        registerBatch("producer");
        JsonNode first = api.read(api.get(Api.ADMIN, "/api/v1/feed?after=0&limit=3"));
        JsonNode second = api.read(api.get(Api.ADMIN, "/api/v1/feed?limit=3&after=" + first.get("next").asLong()));

        List<Long> positions = new ArrayList<>();
        first.get("items").forEach(item -> positions.add(item.get("position").asLong()));
        second.get("items").forEach(item -> positions.add(item.get("position").asLong()));
        assertThat(positions).isSorted().doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void a_failed_webhook_delivery_is_retried_and_signed() throws Exception {
        try (LoopbackReceiver receiver = new LoopbackReceiver(1)) {
            JsonNode subscription = api.read(api.post("producer", "/api/v1/webhooks", Map.of("url", receiver.url()))
                    .andExpect(status().isCreated()));
            String secret = subscription.get("secret").asText();
            String batch = registerBatch("producer");

            await(() -> receiver.received().stream().anyMatch(r -> r.answeredWith() == 204 && r.body().contains(batch)));

            List<LoopbackReceiver.Received> forBatch = receiver.received().stream()
                    .filter(r -> r.body().contains(batch)).toList();
            assertThat(forBatch).extracting(LoopbackReceiver.Received::answeredWith).startsWith(500).endsWith(204);
            LoopbackReceiver.Received delivered = forBatch.get(forBatch.size() - 1);
            assertThat(delivered.signature()).isEqualTo(WebhookSigner.sign(secret, delivered.body()));
            assertThat(json.readTree(delivered.body()).get("position").asText()).isEqualTo(delivered.position());
            String webhook = "/api/v1/webhooks/" + subscription.get("id").asText();
            api.get("producer", webhook + "/deliveries").andExpect(status().isOk());
            api.delete("producer", webhook).andExpect(status().isNoContent());
        }
    }

    @Test
    void R21_a_webhook_receives_only_events_its_subscriber_may_see() throws Exception {
        String producer = subscribe("producer", Map.of("url", "http://127.0.0.1:9/r21-producer"));
        String hospital = subscribe("hospital", Map.of("url", "http://127.0.0.1:9/r21-hospital"));
        String jingdezhen = subscribe("regulator-jdz", Map.of("url", "http://127.0.0.1:9/r21-jdz"));
        String guangdong = subscribe("regulator-gd", Map.of("url", "http://127.0.0.1:9/r21-gd"));
        try {
            String batch = registerBatch("producer");
            // the outbox queues an event for every matching subscription at once: when one has it, all would
            await(() -> queued(producer, batch) > 0 && queued(jingdezhen, batch) > 0);
            assertThat(queued(hospital, batch)).as("another producer's subscription").isZero();
            assertThat(queued(guangdong, batch)).as("a regulator's subscription outside the region").isZero();
        } finally {
            api.delete("producer", "/api/v1/webhooks/" + producer).andExpect(status().isNoContent());
            api.delete("hospital", "/api/v1/webhooks/" + hospital).andExpect(status().isNoContent());
            api.delete("regulator-jdz", "/api/v1/webhooks/" + jingdezhen).andExpect(status().isNoContent());
            api.delete("regulator-gd", "/api/v1/webhooks/" + guangdong).andExpect(status().isNoContent());
        }
    }

    private String subscribe(String user, Map<String, Object> body) throws Exception {
        return api.read(api.post(user, "/api/v1/webhooks", body).andExpect(status().isCreated())).get("id").asText();
    }

    private long queued(String subscription, String aggregateId) {
        return jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id = ? and body like ?",
                Long.class, java.util.UUID.fromString(subscription), "%" + aggregateId + "%");
    }

    @Test
    void a_webhook_to_a_region_outside_the_jurisdiction_is_403() throws Exception {
        api.post("regulator-jdz", "/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hook", "region", "440300"))
                .andExpect(status().isForbidden());
    }

    /** The outbox shares the feed's processor: a replay rebuilds the feed and queues no event again. */
    @Test
    void a_replay_of_the_feed_queues_no_webhook_delivery_again() throws Exception {
        String batch = registerBatch("producer");
        await(() -> served("producer", batch));
        String late = subscribe("producer", Map.of("url", "http://127.0.0.1:9/after-the-event"));
        try {
            api.post(Api.ADMIN, "/api/v1/admin/projections/feed/replay", Map.of()).andExpect(status().isOk());
            new StreamingProcessors(api, jdbc).awaitCaughtUp("feed");

            assertThat(served("producer", batch)).as("the feed rebuilt").isTrue();
            assertThat(queued(late, batch)).as("deliveries of an event replayed after the subscription").isZero();
        } finally {
            api.delete("producer", "/api/v1/webhooks/" + late).andExpect(status().isNoContent());
        }
    }

    /** Served, not only written: the feed holds entries back while an earlier position may still commit. */
    private boolean served(String user, String aggregate) {
        try {
            return feedAggregates(user).contains(aggregate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not met within 2 min").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
