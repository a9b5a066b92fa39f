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

import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Split and consolidation at the holder, with lineage (R39-R41): waste mineral oil the chemical plant sent to the
 * collector, which repacks what it received and sends it on.
 */
@IntegrationTest
class BatchRepackingApiTest {

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

    /** A batch of oil from the producer received by the collector: its id and label. */
    private Received receivedByCollector(String declaredKg, String decision, String acceptedKg) throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", declaredKg, "LIQUID", "DRUM", 5,
                List.of("T", "I"));
        String id = batch.get("id").asString();
        String manifest = flow.draft("producer", DemoParties.COLLECTOR, List.of(DemoParties.CARRIER), PLATE,
                List.of(id), "HTC1", Map.of()).get("id").asString();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asString()));
        flow.arrive("carrier", manifest);
        api.post("collector", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id, decision, acceptedKg, 5, "HTC1")))).andExpect(status().isOk());
        return new Received(id, batch.get("labelId").asString());
    }

    private record Received(String id, String label) {
    }

    private static Map<String, Object> kg(String value) {
        return Map.of("value", value, "unit", "kg");
    }

    private static Map<String, Object> consolidation(List<Map<String, Object>> sources, String kg, String lossKg,
                                                     String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("sources", sources);
        body.put("quantity", kg(kg));
        if (lossKg != null) {
            body.put("loss", kg(lossKg));
        }
        if (reason != null) {
            body.put("lossReason", reason);
        }
        return body;
    }

    private static Map<String, Object> source(String batchId, String kg) {
        return Map.of("batchId", batchId, "quantity", kg(kg));
    }

    private static Map<String, Object> split(String... partsKg) {
        return Map.of("parts", List.of(partsKg).stream().map(part -> Map.of("quantity", kg(part))).toList());
    }

    private JsonNode chain(String batchId, String query) throws Exception {
        return api.read(api.get("collector", "/api/v1/oversight/custody/batches/" + batchId + query)
                .andExpect(status().isOk()));
    }

    @Test
    void R39_a_consolidation_whose_sources_are_not_its_mass_plus_the_loss_is_refused() throws Exception {
        Received first = receivedByCollector("1000", "ACCEPT", "1000");
        Received second = receivedByCollector("500", "ACCEPT", "500");
        long before = api.storedEvents();

        api.post("collector", "/api/v1/batches/consolidations", consolidation(List.of(source(first.id(), "1000"),
                        source(second.id(), "500")), "1450", null, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R39"))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R40_a_batch_the_caller_does_not_hold_is_not_repacked() throws Exception {
        Received held = receivedByCollector("1000", "ACCEPT", "1000");
        String atProducer = flow.registerBatch("producer", "900-249-08", "300", "LIQUID", "DRUM", 1,
                List.of("T", "I")).get("id").asString();
        long before = api.storedEvents();

        api.post("collector", "/api/v1/batches/consolidations", consolidation(List.of(source(held.id(), "1000"),
                        source(atProducer, "300")), "1300", null, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R40"))
                .andExpect(jsonPath("$.errors[0].field").value("sources[1].batchId"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R08_a_batch_split_in_full_is_neither_disposable_nor_allocatable() throws Exception {
        Received source = receivedByCollector("1000", "ACCEPT", "1000");
        api.post("collector", "/api/v1/batches/" + source.id() + "/split", split("600", "400"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].producerId").value(DemoParties.COLLECTOR.toString()))
                .andExpect(jsonPath("$[1].labelId").value(org.hamcrest.Matchers.startsWith("91360200MA37KT6B8P")));

        api.post("collector", "/api/v1/batches/" + source.id() + "/split", split("500", "500"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R08"));
        api.post("producer", "/api/v1/manifests", Map.of("receiverId", DemoParties.COLLECTOR,
                        "carrierIds", List.of(DemoParties.CARRIER), "vehiclePlate", PLATE, "plannedDate", "2026-11-25",
                        "batchIds", List.of(source.id()), "plannedMethod", "HTC1",
                        "emergencyMeasures", "泄漏时用吸附棉围堵，禁止明火"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R08"))
                .andExpect(jsonPath("$.errors[0].field").value("batchId"));
    }

    @Test
    void R40_the_part_a_partial_receipt_did_not_accept_is_split_off_and_sent_on() throws Exception {
        Received source = receivedByCollector("1000", "PARTIAL", "600");

        JsonNode parts = api.read(api.post("collector", "/api/v1/batches/" + source.id() + "/split",
                Map.of("parts", List.of(Map.of("quantity", kg("400")),
                        Map.of("quantity", kg("595"))), "loss", kg("5"), "lossReason", "沥干的水分"))
                .andExpect(status().isCreated()));
        String remainder = parts.get(0).get("id").asString();
        assertThat(parts.get(0).get("labelId").asString()).startsWith("91360200MA37KT6B8P90024908");

        String onward = flow.draft("collector", DemoParties.CEMENT_PLANT, List.of(DemoParties.CARRIER), PLATE,
                List.of(remainder), "C1", Map.of()).get("id").asString();
        api.get("collector", "/api/v1/batches/" + remainder).andExpect(jsonPath("$.manifestId").value(onward));
        JsonNode lineage = chain(remainder, "").get("lineage");
        assertThat(lineage.get("sources").get(0).get("batchId").asString()).isEqualTo(source.id());
        assertThat(lineage.get("sources").get(0).get("quantity").get("value").asString()).isEqualTo("405");
    }

    @Test
    void R41_consolidation_lineage_shows_in_both_chains_as_of_its_time() throws Exception {
        Received first = receivedByCollector("1000", "ACCEPT", "1000");
        Received second = receivedByCollector("800", "ACCEPT", "800");
        Instant beforeConsolidation = Instant.now();
        Thread.sleep(5);

        JsonNode output = api.read(api.post("collector", "/api/v1/batches/consolidations",
                consolidation(List.of(source(first.id(), "1000"), source(second.id(), "500")), "1490", "10",
                        "沥干的水分")).andExpect(status().isCreated()));
        String outputId = output.get("id").asString();

        JsonNode sources = chain(outputId, "").get("lineage").get("sources");
        assertThat(sources).hasSize(2);
        assertThat(sources.get(0).get("labelId").asString()).isEqualTo(first.label());
        assertThat(sources.get(1).get("quantity").get("value").asString()).isEqualTo("500");
        JsonNode outputs = chain(second.id(), "").get("lineage").get("outputs");
        assertThat(outputs).hasSize(1);
        assertThat(outputs.get(0).get("labelId").asString()).isEqualTo(output.get("labelId").asString());
        assertThat(outputs.get(0).get("quantity").get("value").asString()).isEqualTo("500");
        assertThat(chain(second.id(), "?asOf=" + beforeConsolidation).get("lineage").get("outputs")).isEmpty();

        // the rest of the second source stays with the collector: 300 kg, no more
        api.post("collector", "/api/v1/batches/" + second.id() + "/split", split("200", "200"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R39"));
        api.post("collector", "/api/v1/batches/" + second.id() + "/split", split("200", "100"))
                .andExpect(status().isCreated());
    }

    @Test
    void R39_a_part_split_at_the_receiver_is_disposed_of_there_up_to_its_own_mass() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        String id = batch.get("id").asString();
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE,
                List.of(id), "D10", Map.of()).get("id").asString();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asString()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id, "ACCEPT", "1000", 5, "D10")))).andExpect(status().isOk());
        JsonNode parts = api.read(api.post("receiver", "/api/v1/batches/" + id + "/split", split("600", "400"))
                .andExpect(status().isCreated()));
        String part = parts.get(0).get("id").asString();

        api.post("receiver", "/api/v1/batches/" + part + "/disposal", Map.of("methodCode", "D10",
                        "quantity", kg("700"), "disposedOn", java.time.LocalDate.now(java.time.ZoneId.of(
                                "Asia/Shanghai")).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R19"));
        flow.dispose("receiver", part, "D10", "600");
        api.get("receiver", "/api/v1/batches/" + part).andExpect(jsonPath("$.status").value("DISPOSED"));
    }

    @Test
    void R39_two_consolidations_racing_for_one_source_take_its_mass_once() throws Exception {
        Received contested = receivedByCollector("1000", "ACCEPT", "1000");
        Received first = receivedByCollector("100", "ACCEPT", "100");
        Received second = receivedByCollector("100", "ACCEPT", "100");

        List<MvcResult> results = race(List.of(
                () -> api.post("collector", "/api/v1/batches/consolidations", consolidation(List.of(
                        source(contested.id(), "600"), source(first.id(), "100")), "700", null, null)).andReturn(),
                () -> api.post("collector", "/api/v1/batches/consolidations", consolidation(List.of(
                        source(contested.id(), "600"), source(second.id(), "100")), "700", null, null)).andReturn()));

        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(201, 422);
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 422)
                .allSatisfy(r -> assertThat(r.getResponse().getContentAsString()).contains("R39"));
        assertThat(chain(contested.id(), "").get("lineage").get("outputs")).hasSize(1);
    }

    /** Starts every call at the same moment on its own thread and waits for all answers. */
    private static List<MvcResult> race(List<Callable<MvcResult>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MvcResult>> futures = new ArrayList<>();
            for (Callable<MvcResult> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> future : futures) {
                results.add(future.get(3, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
