package cn.haztrail.feed.webhook;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How deliveries end: a redirect is a failure, and deleting a subscription stops what it had pending. */
@IntegrationTest
class WebhookDeliveryTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    Deliveries deliveries;

    @BeforeEach
    void setUp() {
        deliveries = new Deliveries(api, jdbc);
    }

    @Test
    void a_redirect_is_a_failed_delivery_and_is_not_followed() throws Exception {
        try (HookReceiver receiver = new HookReceiver(307)) {
            String subscription = deliveries.subscribe("producer", receiver.url());
            try {
                String batch = deliveries.registerBatch("producer");
                Deliveries.await("a failed attempt", () -> deliveries.attempted(subscription, batch));

                assertThat(deliveries.of(subscription, batch)).containsEntry("status", "PENDING")
                        .containsEntry("last_error", "HTTP 307");
                assertThat(receiver.paths()).contains("/hook").doesNotContain("/elsewhere");
            } finally {
                deliveries.unsubscribe("producer", subscription);
            }
        }
    }

    @Test
    void deleting_a_subscription_cancels_its_pending_deliveries() throws Exception {
        try (HookReceiver receiver = new HookReceiver(500)) {
            String subscription = deliveries.subscribe("producer", receiver.url());
            String batch = deliveries.registerBatch("producer");
            Deliveries.await("a failed attempt", () -> deliveries.attempted(subscription, batch));

            deliveries.unsubscribe("producer", subscription);
            Thread.sleep(1_000); // an attempt already on its way when the subscription was deleted may still land
            int requestsAfterDeletion = receiver.paths().size();
            Thread.sleep(3_000); // ten times the first retry delay in tests

            assertThat(statuses(subscription)).isNotEmpty().containsOnly("CANCELLED");
            assertThat(receiver.paths()).as("requests after the deletion").hasSize(requestsAfterDeletion);
            assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id = ? "
                    + "and status = 'PENDING'", Long.class, UUID.fromString(subscription))).isZero();
        }
    }

    /** As the subscriber sees them. */
    private List<String> statuses(String subscription) throws Exception {
        JsonNode answer = api.read(api.get("producer", "/api/v1/webhooks/" + subscription + "/deliveries")
                .andExpect(status().isOk()));
        List<String> statuses = new ArrayList<>();
        answer.forEach(delivery -> statuses.add(delivery.get("status").asText()));
        return statuses;
    }
}
