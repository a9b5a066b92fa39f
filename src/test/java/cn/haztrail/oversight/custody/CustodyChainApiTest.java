package cn.haztrail.oversight.custody;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chain of custody through the HTTP API with the demo accounts (R24): every step in order with its actor and
 * both times, by batch and by manifest, across a redirect, and hidden from those who may not read it (R21).
 */
@IntegrationTest
class CustodyChainApiTest {

    private static final String CARRIER_NAME = "景德镇市安运危险货物运输有限公司";
    /**
     * The events of one batch's trip and the request that records each: requests follow one another, while the
     * events of one request may share a millisecond (the store's precision) and then come in stream order.
     */
    private static final Map<String, Integer> STEPS = Map.ofEntries(Map.entry("BatchRegistered", 1),
            Map.entry("ManifestDrafted", 2), Map.entry("ManifestSubmitted", 3), Map.entry("ManifestPickedUp", 4),
            Map.entry("ManifestArrived", 5), Map.entry("ManifestReceived", 6), Map.entry("BatchDisposed", 7));

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    Api api;
    CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        accounts.createIfAbsent("regulator-gd", Api.DEMO_PASSWORD, Role.REGULATOR, null, "440000");
    }

    /** One batch of waste oil from draft to disposal at the disposal centre. */
    private Trip fullTrip() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        String batchId = batch.get("id").asText();
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(batchId), "D10", Map.of()).get("id").asText();
        String number = flow.submit("producer", manifest).get("number").asText();
        flow.pickUp("carrier", manifest, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batchId, "ACCEPT", "1000", 5, "D10")))).andExpect(status().isOk());
        flow.dispose("receiver", batchId, "D10", "1000");
        return new Trip(batchId, manifest, number);
    }

    private record Trip(String batch, String manifest, String number) {
    }

    private JsonNode chain(String user, String path) throws Exception {
        return api.read(api.get(user, path).andExpect(status().isOk()));
    }

    private static List<String> eventTypes(JsonNode chain) {
        List<String> types = new ArrayList<>();
        chain.get("entries").forEach(entry -> types.add(entry.get("eventType").asText()));
        return types;
    }

    private static JsonNode entry(JsonNode chain, String eventType) {
        for (JsonNode entry : chain.get("entries")) {
            if (entry.get("eventType").asText().equals(eventType)) {
                return entry;
            }
        }
        throw new AssertionError("no " + eventType + " in the chain");
    }

    private static List<String> aggregateIds(JsonNode chain) {
        List<String> ids = new ArrayList<>();
        chain.get("entries").forEach(entry -> ids.add(entry.get("aggregateId").asText()));
        return ids;
    }

    @Test
    void R24_a_batch_chain_lists_every_step_from_draft_to_disposal_in_order_with_actors_and_both_times()
            throws Exception {
        Trip trip = fullTrip();

        JsonNode chain = chain("regulator-jdz", "/api/v1/oversight/custody/batches/" + trip.batch());

        assertThat(eventTypes(chain)).containsExactlyInAnyOrderElementsOf(STEPS.keySet());
        assertThat(eventTypes(chain)).extracting(STEPS::get).isSorted();
        Instant previous = Instant.MIN;
        for (int i = 0; i < chain.get("entries").size(); i++) {
            JsonNode entry = chain.get("entries").get(i);
            assertThat(entry.get("position").asInt()).isEqualTo(i + 1);
            assertThat(entry.get("businessTime").isString()).as("business time of %s", entry).isTrue();
            Instant businessTime = Instant.parse(entry.get("businessTime").asText());
            assertThat(businessTime).isAfterOrEqualTo(previous);
            previous = businessTime;
            assertThat(entry.get("recordedAt").isString()).isTrue();
            assertThat(entry.get("actor").get("accountId").asText()).isNotBlank();
            assertThat(entry.get("payload").isObject()).isTrue();
        }
        JsonNode pickup = entry(chain, "ManifestPickedUp");
        assertThat(pickup.get("summary").asText()).isEqualTo("Picked up by " + CARRIER_NAME + " with 赣H12345 (装车)");
        assertThat(pickup.get("aggregateType").asText()).isEqualTo("TransferManifest");
        assertThat(pickup.at("/actor/role").asText()).isEqualTo("CARRIER");
        assertThat(pickup.at("/actor/enterpriseId").asText()).isEqualTo(DemoParties.CARRIER.toString());
        assertThat(pickup.at("/actor/enterpriseName").asText()).isEqualTo(CARRIER_NAME);
        assertThat(Instant.parse(pickup.get("businessTime").asText()))
                .isEqualTo(Instant.parse(pickup.at("/payload/pickedUpAt").asText()));
        assertThat(entry(chain, "BatchRegistered").at("/actor/enterpriseId").asText())
                .isEqualTo(DemoParties.CHEMICAL_PLANT.toString());
        assertThat(entry(chain, "BatchRegistered").at("/declared/value").asText()).isEqualTo("1000");
        assertThat(entry(chain, "ManifestSubmitted").get("summary").asText()).contains(trip.number());
        JsonNode disposal = entry(chain, "BatchDisposed");
        assertThat(disposal.at("/actor/role").asText()).isEqualTo("RECEIVER");
        assertThat(disposal.at("/disposed/value").asText()).isEqualTo("1000");

        JsonNode state = chain.get("state");
        assertThat(state.get("status").asText()).isEqualTo("DISPOSED");
        assertThat(state.at("/custodyHolder/enterpriseId").asText()).isEqualTo(DemoParties.DISPOSAL_CENTRE.toString());
        assertThat(state.at("/declared/value").asText()).isEqualTo("1000");
        assertThat(state.at("/accepted/value").asText()).isEqualTo("1000");
        assertThat(state.at("/disposed/value").asText()).isEqualTo("1000");
        assertThat(state.get("method").asText()).isEqualTo("D10");
        assertThat(state.get("manifestNumbers").get(0).asText()).isEqualTo(trip.number());
        for (String party : List.of("producer", "carrier", "receiver", "regulator-jx", Api.ADMIN)) {
            assertThat(eventTypes(chain(party, "/api/v1/oversight/custody/batches/" + trip.batch())))
                    .as(party).hasSize(STEPS.size());
        }
    }

    @Test
    void R24_a_manifest_chain_reads_the_same_by_its_number_and_by_its_id_and_holds_its_batches() throws Exception {
        Trip trip = fullTrip();

        JsonNode byNumber = chain("carrier", "/api/v1/oversight/custody/manifests/" + trip.number());
        JsonNode byId = chain("regulator-jdz", "/api/v1/oversight/custody/manifests/" + trip.manifest());

        assertThat(byNumber.get("subjectType").asText()).isEqualTo("MANIFEST");
        assertThat(byNumber.get("subjectId").asText()).isEqualTo(trip.manifest());
        assertThat(byNumber.get("entries")).isEqualTo(byId.get("entries"));
        assertThat(byNumber.get("state")).isEqualTo(byId.get("state"));
        assertThat(aggregateIds(byId)).contains(trip.batch(), trip.manifest());
        assertThat(eventTypes(byId)).contains("BatchRegistered", "ManifestReceived", "BatchDisposed");
        JsonNode state = byId.get("state");
        assertThat(state.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(state.at("/custodyHolder/name").asText()).isEqualTo("景德镇市危险废物综合处置中心");
        assertThat(state.at("/disposed/value").asText()).isEqualTo("1000");
        assertThat(state.at("/batches/0/status").asText()).isEqualTo("DISPOSED");
    }

    @Test
    void R24_a_rejected_line_redirected_on_a_follow_on_manifest_appears_in_both_chains() throws Exception {
        JsonNode oil = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        JsonNode acid = flow.registerBatch("producer", "336-064-17", "500", "SEMI_SOLID", "DRUM", 2, List.of("C"));
        String oilId = oil.get("id").asText();
        String acidId = acid.get("id").asText();
        String first = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(oilId, acidId), "D10", Map.of()).get("id").asText();
        flow.submit("producer", first);
        flow.pickUp("carrier", first, "赣H12345", List.of(oil.get("labelId").asText(), acid.get("labelId").asText()));
        flow.arrive("carrier", first);
        var acidLine = CustodyFlow.acceptLine(acidId, "REJECT", null, 2, null);
        acidLine.put("nameMatches", false);
        acidLine.put("note", "实为含铬污泥，与联单不符");
        api.post("receiver", "/api/v1/manifests/" + first + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(oilId, "ACCEPT", "1000", 5, "D10"), acidLine))).andExpect(status().isOk());
        String second = flow.draft("producer", DemoParties.CEMENT_PLANT, List.of(DemoParties.CARRIER), "赣H67890",
                List.of(acidId), "C1", Map.of("kind", "REDIRECT", "previousManifestId", first)).get("id").asText();
        flow.submit("producer", second);
        flow.pickUp("carrier", second, "赣H67890", List.of(acid.get("labelId").asText()));
        flow.arrive("carrier", second);
        api.post("cement", "/api/v1/manifests/" + second + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(acidId, "ACCEPT", "498", 2, "C1")))).andExpect(status().isOk());
        // the original manifest records the link in a process of its own (issue 16: one stream per transaction)
        new StreamingProcessors(api, jdbc).awaitCaughtUp("custody-processes");

        JsonNode original = chain("regulator-jdz", "/api/v1/oversight/custody/manifests/" + first);
        JsonNode followOn = chain("regulator-jx", "/api/v1/oversight/custody/manifests/" + second);

        assertThat(eventTypes(original)).contains("DiscrepancyRecorded", "ManifestReceived", "FollowOnLinked");
        assertThat(aggregateIds(original)).contains(first, second, oilId, acidId);
        assertThat(entry(original, "DiscrepancyRecorded").get("discrepancyKinds").get(0).asText()).isEqualTo("NAME");
        assertThat(entry(original, "ManifestReceived").get("payload").toString()).contains("实为含铬污泥，与联单不符");
        assertThat(original.at("/state/openDiscrepancies/0/batchId").asText()).isEqualTo(acidId);
        assertThat(original.at("/state/manifestNumbers").size()).isEqualTo(2);
        assertThat(original.at("/state/manifests/0/followOnManifestId").asText()).isEqualTo(second);

        assertThat(aggregateIds(followOn)).contains(first, second, acidId).doesNotContain(oilId);
        assertThat(eventTypes(followOn)).contains("DiscrepancyRecorded", "ManifestReceived", "FollowOnLinked");
        assertThat(followOn.at("/state/status").asText()).isEqualTo("RECEIVED");
        assertThat(followOn.at("/state/custodyHolder/enterpriseId").asText())
                .isEqualTo(DemoParties.CEMENT_PLANT.toString());
        assertThat(followOn.at("/state/method").asText()).isEqualTo("C1");
        assertThat(followOn.at("/state/openDiscrepancies/0/kinds/0").asText()).isEqualTo("NAME");

        JsonNode acidChain = chain("producer", "/api/v1/oversight/custody/batches/" + acidId);
        assertThat(aggregateIds(acidChain)).contains(first, second).doesNotContain(oilId);
        assertThat(acidChain.at("/state/status").asText()).isEqualTo("RECEIVED");
        assertThat(acidChain.at("/state/accepted/value").asText()).isEqualTo("498");
    }

    @Test
    void R24_R21_a_regulator_of_another_province_gets_404() throws Exception {
        Trip trip = fullTrip();

        for (String path : List.of("batches/" + trip.batch(), "manifests/" + trip.manifest(),
                "manifests/" + trip.number())) {
            api.get("regulator-gd", "/api/v1/oversight/custody/" + path).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void R24_R21_another_producer_gets_404() throws Exception {
        Trip trip = fullTrip();

        api.get("hospital", "/api/v1/oversight/custody/batches/" + trip.batch()).andExpect(status().isNotFound());
        api.get("hospital", "/api/v1/oversight/custody/manifests/" + trip.number()).andExpect(status().isNotFound());
        api.get("cement", "/api/v1/oversight/custody/manifests/" + trip.manifest()).andExpect(status().isNotFound());
    }

    @Test
    void R24_a_batch_or_manifest_that_does_not_exist_is_not_found_by_the_administrator_either() throws Exception {
        for (String path : List.of("batches/" + UUID.randomUUID(), "manifests/" + UUID.randomUUID(),
                "manifests/20263602999999")) {
            api.get(Api.ADMIN, "/api/v1/oversight/custody/" + path).andExpect(status().isNotFound());
        }
    }

    @Test
    void R24_a_malformed_asOf_is_a_400_naming_the_parameter() throws Exception {
        Trip trip = fullTrip();

        JsonNode problem = api.read(api.get("regulator-jdz", "/api/v1/oversight/custody/manifests/" + trip.manifest()
                        + "?asOf=yesterday").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("asOf");
        api.get("regulator-jdz", "/api/v1/oversight/custody/batches/" + trip.batch() + "?asOf=2026-13-01T00:00:00Z")
                .andExpect(status().isBadRequest());
    }

    @Test
    void R24_before_its_first_event_a_chain_is_empty_and_not_yet_existing() throws Exception {
        Trip trip = fullTrip();

        JsonNode chain = chain("producer", "/api/v1/oversight/custody/manifests/" + trip.number()
                + "?asOf=2000-01-01T00:00:00Z");

        assertThat(chain.get("entries").size()).isZero();
        assertThat(chain.at("/state/status").asText()).isEqualTo("NOT_YET_EXISTING");
        assertThat(chain.get("asOf").asText()).isEqualTo("2000-01-01T00:00:00Z");
    }
}
