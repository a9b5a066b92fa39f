package cn.haztrail.feed.webhook;

import cn.haztrail.support.Api;
import cn.haztrail.support.OwnDatabase;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While nobody subscribes, the outbox writes no row and asks the database nothing per event; a subscription made
 * then gets the events that follow it. The subscriptions are never read again by age here (max age one hour), so
 * only the subscription's own invalidation can make the outbox see it.
 */
// Its own database: no other test's subscription may be active, and the repository is spied on.
@SpringBootTest(properties = {
        OwnDatabase.URL + "haztrail-idle-outbox" + OwnDatabase.OPTIONS, OwnDatabase.DIALECT,
        "haztrail.webhooks.subscriptions-max-age=PT1H"})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
class IdleOutboxTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    WebhookSubscriptions subscriptions;

    @Test
    void without_subscribers_nothing_is_queued_nor_asked_per_event_and_a_new_subscriber_gets_later_events()
            throws Exception {
        Api api = new Api(mvc, json, jdbc);
        StreamingProcessors processors = new StreamingProcessors(api, jdbc);
        processors.awaitCaughtUp("feed");
        clearInvocations(subscriptions);
        long before = head();

        for (int i = 0; i < 5; i++) {
            registerBatch(api);
        }
        processors.awaitCaughtUp("feed");

        assertThat(head() - before).as("events handled while nobody subscribes").isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery", Long.class)).isZero();
        verify(subscriptions, atMost(1)).findByActiveTrue();

        String subscription = api.read(api.post("producer", "/api/v1/webhooks",
                Map.of("url", "http://127.0.0.1:9/idle-outbox")).andExpect(status().isCreated())).get("id").asString();
        try {
            String batch = registerBatch(api);
            processors.awaitCaughtUp("feed");
            assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id = ? "
                    + "and body like ?", Long.class, UUID.fromString(subscription), "%" + batch + "%"))
                    .as("deliveries of the batch registered after the subscription").isEqualTo(1L);
        } finally {
            api.delete("producer", "/api/v1/webhooks/" + subscription).andExpect(status().isNoContent());
        }
    }

    private String registerBatch(Api api) throws Exception {
        return api.read(api.post("producer", "/api/v1/batches", Map.of("wasteCode", "900-249-08",
                "quantity", Map.of("value", "20", "unit", "kg"), "physicalForm", "LIQUID",
                "packaging", Map.of("type", "DRUM", "count", 1), "hazardCharacteristics", List.of("T", "I"),
                "mainComponents", "废机油", "generatedAt", Instant.now().minus(Duration.ofHours(1)).toString(),
                "storageLocation", "暂存间")).andExpect(status().isCreated())).get("id").asString();
    }

    private long head() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }
}
