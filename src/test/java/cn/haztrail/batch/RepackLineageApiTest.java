package cn.haztrail.batch;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole lineage of waste repacked several times (R39-R41, R24): oil of the chemical plant received by the
 * disposal centre, consolidated, split, one part consolidated again and disposed of. Every kilogram is followed from
 * its producer to its final treatment and back.
 */
@IntegrationTest
class RepackLineageApiTest {

    private static final String PLATE = "赣H12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
    }

    /** A batch of oil from the producer accepted in full by the disposal centre: its id. */
    private String received(String kg) throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", kg, "LIQUID", "DRUM", 5, List.of("T", "I"));
        String id = batch.get("id").asString();
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE,
                List.of(id), "D10", Map.of()).get("id").asString();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asString()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id, "ACCEPT", kg, 5, "D10")))).andExpect(status().isOk());
        return id;
    }

    private String consolidate(String firstId, String firstKg, String secondId, String secondKg, String kg)
            throws Exception {
        return api.read(api.post("receiver", "/api/v1/batches/consolidations", Map.of("sources", List.of(
                        Map.of("batchId", firstId, "quantity", kg(firstKg)),
                        Map.of("batchId", secondId, "quantity", kg(secondKg))), "quantity", kg(kg)))
                .andExpect(status().isCreated())).get("id").asString();
    }

    private static Map<String, Object> kg(String value) {
        return Map.of("value", value, "unit", "kg");
    }

    private JsonNode lineage(String batchId, String query) throws Exception {
        return api.read(api.get("receiver", "/api/v1/oversight/custody/batches/" + batchId + query)
                .andExpect(status().isOk())).get("lineage");
    }

    private static List<JsonNode> steps(JsonNode lineage, String direction) {
        List<JsonNode> steps = new ArrayList<>();
        lineage.get(direction).forEach(steps::add);
        return steps;
    }

    /** S and T consolidated into A; A split into A1 and A2; A1 and U consolidated into B, which is disposed of. */
    private record Scenario(String source, String first, String firstPart, String last, Instant beforeSplit,
                            Instant beforeConsolidation) {
    }

    private Scenario repackedTwiceAndDisposed() throws Exception {
        String source = received("1000");
        String other = received("1000");
        Instant beforeConsolidation = Instant.now();
        Thread.sleep(5);
        String first = consolidate(source, "1000", other, "1000", "2000");
        Instant beforeSplit = Instant.now();
        Thread.sleep(5);
        JsonNode parts = api.read(api.post("receiver", "/api/v1/batches/" + first + "/split", Map.of("parts",
                List.of(Map.of("quantity", kg("1200")), Map.of("quantity", kg("800"))))).andExpect(status().isCreated()));
        String firstPart = parts.get(0).get("id").asString();
        String third = received("800");
        String last = consolidate(firstPart, "1200", third, "800", "2000");
        flow.dispose("receiver", last, "D10", "2000");
        return new Scenario(source, first, firstPart, last, beforeSplit, beforeConsolidation);
    }

    @Test
    void R39_a_source_chain_follows_its_share_through_every_repacking_to_its_final_treatment() throws Exception {
        Scenario scenario = repackedTwiceAndDisposed();

        List<JsonNode> downstream = steps(lineage(scenario.source(), ""), "downstream");

        assertThat(downstream).extracting(step -> step.get("toBatchId").asString())
                .contains(scenario.first(), scenario.firstPart(), scenario.last());
        JsonNode end = downstream.stream().filter(step -> step.get("toBatchId").asString().equals(scenario.last()))
                .findFirst().orElseThrow();
        assertThat(end.get("level").asInt()).isEqualTo(3);
        assertThat(end.get("fromBatchId").asString()).isEqualTo(scenario.firstPart());
        // half of the 2000 kg consolidated was the source's, so half of the 1200 kg part: 600 kg
        assertThat(end.get("fromSubject").get("value").asString()).isEqualTo("600");
        assertThat(end.get("status").asString()).isEqualTo("DISPOSED");
        assertThat(end.get("treatment").get("methodCode").asString()).isEqualTo("D10");
        assertThat(end.get("treatment").get("quantity").get("value").asString()).isEqualTo("2000");
    }

    @Test
    void R39_the_chain_of_the_last_batch_lists_its_sources_back_to_the_producers_batches() throws Exception {
        Scenario scenario = repackedTwiceAndDisposed();

        List<JsonNode> upstream = steps(lineage(scenario.last(), ""), "upstream");

        JsonNode origin = upstream.stream().filter(step -> step.get("fromBatchId").asString()
                .equals(scenario.source())).findFirst().orElseThrow();
        assertThat(origin.get("level").asInt()).isEqualTo(3);
        assertThat(origin.get("origin").asBoolean()).isTrue();
        assertThat(origin.get("producerId").asString()).isEqualTo(DemoParties.CHEMICAL_PLANT.toString());
        assertThat(origin.get("toBatchId").asString()).isEqualTo(scenario.first());
        assertThat(origin.get("quantity").get("value").asString()).isEqualTo("1000");
        assertThat(origin.get("status").asString()).isEqualTo("REPACKED");
    }

    @Test
    void R24_the_whole_lineage_as_of_before_the_split_shows_only_the_first_consolidation() throws Exception {
        Scenario scenario = repackedTwiceAndDisposed();

        JsonNode lineage = lineage(scenario.source(), "?asOf=" + scenario.beforeSplit());

        assertThat(steps(lineage, "downstream")).extracting(step -> step.get("toBatchId").asString())
                .containsExactly(scenario.first());
        assertThat(steps(lineage(scenario.last(), "?asOf=" + scenario.beforeSplit()), "upstream")).isEmpty();
    }

    @Test
    void R08_the_chain_of_a_source_taken_in_full_says_it_is_repacked_and_before_that_received() throws Exception {
        Scenario scenario = repackedTwiceAndDisposed();

        JsonNode now = api.read(api.get("receiver", "/api/v1/oversight/custody/batches/" + scenario.source())
                .andExpect(status().isOk()));
        JsonNode before = api.read(api.get("receiver", "/api/v1/oversight/custody/batches/" + scenario.source()
                + "?asOf=" + scenario.beforeConsolidation()).andExpect(status().isOk()));

        assertThat(now.get("state").get("status").asString()).isEqualTo("REPACKED");
        assertThat(before.get("state").get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void R24_a_lineage_deeper_than_ten_repackings_is_cut_at_ten_and_the_chain_says_it_is_incomplete()
            throws Exception {
        String source = received("1200");
        String next = source;
        for (int level = 1; level <= 11; level++) {
            int kg = 1200 - 100 * (level - 1);
            JsonNode parts = api.read(api.post("receiver", "/api/v1/batches/" + next + "/split", Map.of("parts",
                    List.of(Map.of("quantity", kg(String.valueOf(kg - 100))), Map.of("quantity", kg("100")))))
                    .andExpect(status().isCreated()));
            next = parts.get(0).get("id").asString();
        }

        JsonNode chain = api.read(api.get("receiver", "/api/v1/oversight/custody/batches/" + source)
                .andExpect(status().isOk()));

        assertThat(chain.get("truncated").asBoolean()).isTrue();
        assertThat(steps(chain.get("lineage"), "downstream")).extracting(step -> step.get("level").asInt())
                .contains(10).allMatch(level -> level <= 10);
    }
}
