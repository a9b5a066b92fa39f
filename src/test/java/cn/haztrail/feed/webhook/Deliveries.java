package cn.haztrail.feed.webhook;

import cn.haztrail.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the webhook tests do: subscribe, cause an event, and watch its delivery, with generous waits. */
final class Deliveries {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Api api;
    private final JdbcTemplate jdbc;

    Deliveries(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    String subscribe(String user, String url) throws Exception {
        return api.read(api.post(user, "/api/v1/webhooks", Map.of("url", url)).andExpect(status().isCreated()))
                .get("id").asText();
    }

    void unsubscribe(String user, String subscription) throws Exception {
        api.delete(user, "/api/v1/webhooks/" + subscription).andExpect(status().isNoContent());
    }

    /** A producer's event that its own subscriptions receive. */
    String registerBatch(String user) throws Exception {
        return api.read(api.post(user, "/api/v1/batches", Map.of("wasteCode", "900-249-08",
                "quantity", Map.of("value", "120", "unit", "kg"), "physicalForm", "LIQUID",
                "packaging", Map.of("type", "DRUM", "count", 1), "hazardCharacteristics", List.of("T", "I"),
                "mainComponents", "废机油", "generatedAt", Instant.now().minusSeconds(3600).toString(),
                "storageLocation", "暂存间"))).get("id").asText();
    }

    /** The delivery of the event that made the aggregate, as stored: status, attempts and last error. */
    Map<String, Object> of(String subscription, String aggregateId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select status, attempts, last_error from webhook_delivery "
                + "where subscription_id = ? and body like ? order by position", UUID.fromString(subscription), "%" + aggregateId + "%");
        return rows.isEmpty() ? Map.of("status", "NONE", "attempts", 0) : rows.get(0);
    }

    boolean attempted(String subscription, String aggregateId) {
        return ((Number) of(subscription, aggregateId).get("attempts")).intValue() > 0;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what + " within " + PATIENCE).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
