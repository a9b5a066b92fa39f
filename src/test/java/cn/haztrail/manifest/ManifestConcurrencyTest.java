package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static cn.haztrail.support.Racing.race;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Racing writers never produce a duplicate manifest number (R11), a batch on two manifests (R08) or a transition
 * applied twice.
 */
@IntegrationTest
class ManifestConcurrencyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void R11_concurrent_submissions_in_one_city_get_distinct_numbers() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);
        List<String> manifests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String batch = flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T", "I"))
                    .get("id").asText();
            manifests.add(flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                    "赣H12345", List.of(batch), "D10", Map.of()).get("id").asText());
        }

        List<MvcResult> results = race(manifests.stream().<Callable<MvcResult>>map(id -> () ->
                api.post("producer", "/api/v1/manifests/" + id + "/submit", Map.of()).andReturn()).toList());

        List<String> numbers = new ArrayList<>();
        for (MvcResult result : results) {
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            numbers.add(json.readTree(result.getResponse().getContentAsString()).get("number").asText());
        }
        assertThat(numbers).doesNotHaveDuplicates().hasSize(8).allMatch(n -> n.matches("\\d{4}3602\\d{6}"));
    }

    @Test
    void R16_two_racing_receipts_are_applied_once() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);
        var batch = flow.registerBatch("producer", "900-249-08", "300", "LIQUID", "DRUM", 2, List.of("T", "I"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        var receipt = CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch.get("id").asText(), "ACCEPT", "300", 2, "D10")));

        List<MvcResult> results = race(List.of(
                () -> api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", receipt).andReturn(),
                () -> api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", receipt).andReturn()));

        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%ManifestReceived'", Long.class, manifest)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select status from batch_custody where batch_id = ?", String.class,
                java.util.UUID.fromString(batch.get("id").asText()))).isEqualTo("RECEIVED");
    }

    @Test
    void R08_two_manifests_racing_for_one_batch_take_it_once_and_the_other_is_refused_under_R08() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);
        String batch = flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T", "I"))
                .get("id").asText();
        Map<String, Object> draft = Map.of("receiverId", DemoParties.DISPOSAL_CENTRE,
                "carrierIds", List.of(DemoParties.CARRIER), "vehiclePlate", "赣H12345", "plannedDate", "2026-11-25",
                "batchIds", List.of(batch), "plannedMethod", "D10", "emergencyMeasures", "泄漏时用吸附棉围堵");

        List<MvcResult> results = race(List.of(
                () -> api.post("producer", "/api/v1/manifests", draft).andReturn(),
                () -> api.post("producer", "/api/v1/manifests", draft).andReturn(),
                () -> api.post("producer", "/api/v1/manifests", draft).andReturn()));

        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 409)
                .allSatisfy(r -> assertThat(r.getResponse().getContentAsString()).contains("R08"));
        assertThat(jdbc.queryForObject("select count(*) from batch_trip where batch_id = ?", Long.class,
                java.util.UUID.fromString(batch))).isEqualTo(1L);
    }
}
