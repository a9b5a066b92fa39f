package cn.haztrail.shared.axon;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One event the regulator's facts projection fails on does not stop it: the event and the later events of its
 * batch wait, in order, as dead letters an administrator sees and retries once the cause is fixed.
 */
@IntegrationTest
class DeadLetterQueueTest {

    private static final String GROUP = "oversight";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cure() {
        PoisonableFactsHandler.poisonedKg = null;
    }

    @Test
    void a_failing_event_is_parked_with_its_sequence_while_the_others_go_on_and_a_retry_applies_it() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);
        PoisonableFactsHandler.poisonedKg = new BigDecimal("77.7");

        JsonNode batch = flow.registerBatch("producer", "900-249-08", "77.7", "LIQUID", "DRUM", 1, List.of("T"));
        String poisoned = batch.get("id").asText();
        // the batch's stream gets its next event at disposal: a trip's custody steps are the manifest's events
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(poisoned), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(poisoned, "ACCEPT", "77.7", 1, "D10")))).andExpect(status().isOk());
        flow.dispose("receiver", poisoned, "D10", "77.7");
        String healthy = flow.registerBatch("producer", "900-249-08", "12", "LIQUID", "DRUM", 1, List.of("T"))
                .get("id").asText();

        await("the healthy batch after the poisoned one is handled", () -> PoisonableFactsHandler.handled
                .contains(PoisonableFactsHandler.entry(UUID.fromString(healthy), "registered")));
        await("the disposal of the poisoned batch is parked behind its registration",
                () -> lettersOf(api, poisoned).size() == 2);
        List<JsonNode> letters = lettersOf(api, poisoned);
        assertThat(letters).extracting(l -> l.get("eventType").asText()).containsExactly(
                "cn.haztrail.batch.api.BatchRegistered", "cn.haztrail.batch.api.BatchDisposed");
        assertThat(letters.get(0).get("causeMessage").asText()).contains("poisoned batch " + poisoned);
        assertThat(PoisonableFactsHandler.handled).noneMatch(entry -> entry.startsWith(poisoned));
        assertThat(jdbc.queryForObject("select count(*) from batch_fact where batch_id = ?", Long.class,
                UUID.fromString(healthy))).isEqualTo(1L);

        PoisonableFactsHandler.poisonedKg = null;
        api.post(Api.ADMIN, "/api/v1/admin/dead-letters/" + GROUP + "/retry", Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.succeeded").value(1)).andExpect(jsonPath("$.failed").value(0));

        assertThat(lettersOf(api, poisoned)).isEmpty();
        assertThat(PoisonableFactsHandler.handled).containsSubsequence(
                PoisonableFactsHandler.entry(UUID.fromString(poisoned), "registered"),
                PoisonableFactsHandler.entry(UUID.fromString(poisoned), "disposed"));
        assertThat(jdbc.queryForObject("select count(*) from batch_fact where batch_id = ?", Long.class,
                UUID.fromString(poisoned))).isEqualTo(1L);
    }

    @Test
    void dead_letters_are_for_administrators_and_only_of_groups_that_park_events() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        api.get("regulator-jx", "/api/v1/admin/dead-letters").andExpect(status().isForbidden());
        api.post(Api.ADMIN, "/api/v1/admin/dead-letters/feed/retry", Map.of()).andExpect(status().isConflict());
        api.post(Api.ADMIN, "/api/v1/admin/dead-letters/nothing/retry", Map.of()).andExpect(status().isNotFound());
    }

    private List<JsonNode> lettersOf(Api api, String batchId) throws Exception {
        JsonNode all = api.read(api.get(Api.ADMIN, "/api/v1/admin/dead-letters?group=" + GROUP)
                .andExpect(status().isOk()));
        return java.util.stream.StreamSupport.stream(all.spliterator(), false)
                .filter(letter -> batchId.equals(letter.path("aggregateId").asText())).toList();
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.call()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
