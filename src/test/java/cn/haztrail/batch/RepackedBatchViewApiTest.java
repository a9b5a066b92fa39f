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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A batch's own view after a split or consolidation (R39-R41): a source taken in full is REPACKED, one taken in part
 * shows what its holder still holds, each lists the new batches its shares went into, and a new batch lists its
 * sources. A batch rejected in whole is not the receiver's to repack (R40).
 */
@IntegrationTest
class RepackedBatchViewApiTest {

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

    /** A batch of oil delivered to the disposal centre and received there with this decision: its id and label. */
    private JsonNode received(String kg, String decision, String acceptedKg) throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", kg, "LIQUID", "DRUM", 5, List.of("T", "I"));
        String id = batch.get("id").asString();
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE,
                List.of(id), "D10", Map.of()).get("id").asString();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asString()));
        flow.arrive("carrier", manifest);
        Map<String, Object> line = CustodyFlow.acceptLine(id, decision, acceptedKg, 5, "REJECT".equals(decision)
                ? null : "D10");
        if ("REJECT".equals(decision)) {
            line.put("nameMatches", false);
        }
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(line)))
                .andExpect(status().isOk());
        return batch;
    }

    private static Map<String, Object> kg(String value) {
        return Map.of("value", value, "unit", "kg");
    }

    private JsonNode view(String batchId) throws Exception {
        return api.read(api.get("receiver", "/api/v1/batches/" + batchId).andExpect(status().isOk()));
    }

    @Test
    void R39_a_source_taken_in_full_is_repacked_and_lists_the_new_batches_with_their_shares() throws Exception {
        JsonNode source = received("1000", "ACCEPT", "1000");
        JsonNode parts = api.read(api.post("receiver", "/api/v1/batches/" + source.get("id").asString() + "/split",
                Map.of("parts", List.of(Map.of("quantity", kg("600")), Map.of("quantity", kg("400")))))
                .andExpect(status().isCreated()));

        JsonNode view = view(source.get("id").asString());

        assertThat(view.get("status").asString()).isEqualTo("REPACKED");
        assertThat(view.get("remainingQuantity").get("value").asString()).isEqualTo("0.000");
        assertThat(view.get("outputs")).hasSize(2);
        assertThat(view.get("outputs").findValuesAsString("batchId"))
                .containsExactlyInAnyOrder(parts.get(0).get("id").asString(), parts.get(1).get("id").asString());
        assertThat(view.get("outputs").findValuesAsString("labelId"))
                .contains(parts.get(0).get("labelId").asString());
    }

    /** One code follows the waste (一码贯通): a new batch's label carries its own id and QR code, ready to print. */
    @Test
    void R39_a_new_batch_has_its_own_printable_label_with_its_label_id() throws Exception {
        JsonNode source = received("1000", "ACCEPT", "1000");
        JsonNode part = api.read(api.post("receiver", "/api/v1/batches/" + source.get("id").asString() + "/split",
                Map.of("parts", List.of(Map.of("quantity", kg("700")), Map.of("quantity", kg("300")))))
                .andExpect(status().isCreated())).get(0);
        String path = "/api/v1/batches/" + part.get("id").asString() + "/label";

        JsonNode label = api.read(api.get("receiver", path).andExpect(status().isOk()));
        byte[] png = api.get("receiver", path + ".png").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();

        assertThat(label.get("labelId").asString()).isEqualTo(part.get("labelId").asString())
                .isNotEqualTo(source.get("labelId").asString());
        assertThat(label.get("wasteCode").asString()).isEqualTo("900-249-08");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void R39_a_source_taken_in_part_keeps_its_status_and_shows_what_remains() throws Exception {
        JsonNode first = received("1000", "ACCEPT", "1000");
        JsonNode second = received("800", "ACCEPT", "800");
        JsonNode output = api.read(api.post("receiver", "/api/v1/batches/consolidations", Map.of("sources", List.of(
                        Map.of("batchId", first.get("id").asString(), "quantity", kg("1000")),
                        Map.of("batchId", second.get("id").asString(), "quantity", kg("500"))),
                "quantity", kg("1500"))).andExpect(status().isCreated()));

        JsonNode rest = view(second.get("id").asString());
        assertThat(rest.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(rest.get("remainingQuantity").get("value").asString()).isEqualTo("300.000");
        assertThat(rest.get("outputs").get(0).get("quantity").get("value").asString()).isEqualTo("500.000");

        JsonNode made = view(output.get("id").asString());
        assertThat(made.get("sources")).hasSize(2);
        JsonNode fromSecond = made.get("sources").get(0).get("batchId").asString().equals(second.get("id").asString())
                ? made.get("sources").get(0) : made.get("sources").get(1);
        assertThat(fromSecond.get("labelId").asString()).isEqualTo(second.get("labelId").asString());
        assertThat(fromSecond.get("quantity").get("value").asString()).isEqualTo("500.000");
    }

    @Test
    void R39_after_a_partial_receipt_the_part_not_accepted_counts_in_what_remains() throws Exception {
        JsonNode source = received("1000", "PARTIAL", "600");
        api.post("receiver", "/api/v1/batches/" + source.get("id").asString() + "/split",
                Map.of("parts", List.of(Map.of("quantity", kg("400")), Map.of("quantity", kg("100")))))
                .andExpect(status().isCreated());

        JsonNode view = view(source.get("id").asString());

        assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(view.get("remainingQuantity").get("value").asString()).isEqualTo("500.000");
    }

    @Test
    void R40_a_batch_rejected_in_whole_is_not_repacked_by_the_receiver_holding_it() throws Exception {
        JsonNode rejected = received("1000", "REJECT", null);
        long before = api.storedEvents();

        api.post("receiver", "/api/v1/batches/" + rejected.get("id").asString() + "/split",
                        Map.of("parts", List.of(Map.of("quantity", kg("500")), Map.of("quantity", kg("500")))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R40"))
                .andExpect(jsonPath("$.errors[0].field").value("sourceBatchId"));

        assertThat(api.storedEvents()).isEqualTo(before);
        assertThat(view(rejected.get("id").asString()).get("status").asString()).isEqualTo("REJECTED");
    }
}
