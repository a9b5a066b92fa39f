package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R27: an accepted mass far above the declared one needs a weighbridge ticket, and past 10 times it is refused. */
@IntegrationTest
class ReceiptPlausibilityApiTest {

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

    /** A manifest of one 1000 kg batch to the disposal centre, arrived; answers its id. */
    private String arrivedManifest(String batchId) throws Exception {
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(batchId), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(labelOf(batchId)));
        flow.arrive("carrier", manifest);
        return manifest;
    }

    private String labelOf(String batchId) throws Exception {
        return api.read(api.get("producer", "/api/v1/batches/" + batchId)).get("labelId").asText();
    }

    private long stored(String aggregate, String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, aggregate, "%." + type);
    }

    private static Map<String, Object> line(String batchId, Object quantity, String ticket) {
        var line = CustodyFlow.acceptLine(batchId, "ACCEPT", null, 1, "D10");
        line.put("acceptedQuantity", quantity);
        if (ticket != null) {
            line.put("weighbridgeTicket", ticket);
        }
        return line;
    }

    @Test
    void R27_1000_t_accepted_against_1000_kg_declared_is_refused_and_counts_nothing() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = arrivedManifest(batch.get("id").asText());
        long before = api.storedEvents();

        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                        line(batch.get("id").asText(), Map.of("value", "1000", "unit", "t"), "FL-0001"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R27"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].acceptedQuantity"));

        assertThat(api.storedEvents()).as("no receipt, no WasteAdmitted against capacity, no batch accepted")
                .isEqualTo(before);
        api.get("producer", "/api/v1/manifests/" + manifest).andExpect(jsonPath("$.status").value("ARRIVED"));
    }

    @Test
    void R27_a_mass_above_the_tolerance_without_a_weighbridge_ticket_is_refused_naming_the_field() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = arrivedManifest(batch.get("id").asText());

        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                        line(batch.get("id").asText(), Map.of("value", "1100", "unit", "kg"), null))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R27"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].weighbridgeTicket"));
        assertThat(stored(manifest, "ManifestReceived")).isZero();
    }

    @Test
    void R27_a_heavier_weighing_with_its_weighbridge_ticket_is_received_with_the_ticket_stored() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = arrivedManifest(batch.get("id").asText());

        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                        line(batch.get("id").asText(), Map.of("value", "1100", "unit", "kg"), "FL-20261126-0042"))))
                .andExpect(status().isOk());

        String received = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.ManifestReceived'", (rs, i) -> new String(rs.getBytes(1),
                java.nio.charset.StandardCharsets.UTF_8), manifest);
        assertThat(received).contains("\"weighbridgeTicket\":\"FL-20261126-0042\"");
    }
}
