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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The part of a partial receipt not accepted (R40, R18): the disposal centre splits it off into its own batch, and
 * the chemical plant that sent it takes it back on a return manifest, holds it again and may send it on.
 */
@IntegrationTest
class NotAcceptedPartReturnApiTest {

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

    private record SplitOff(String sourceId, String manifestId, String partId, String partLabel) {
    }

    /** 1000 kg sent, 600 kg accepted; the 400 kg not accepted split off first, the rest as a second part. */
    private SplitOff splitOffAfterPartialReceipt() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        String id = batch.get("id").asString();
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE,
                List.of(id), "D10", Map.of()).get("id").asString();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asString()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id, "PARTIAL", "600", 5, "D10")))).andExpect(status().isOk());
        JsonNode parts = api.read(api.post("receiver", "/api/v1/batches/" + id + "/split", Map.of("parts", List.of(
                Map.of("quantity", Map.of("value", "400", "unit", "kg")),
                Map.of("quantity", Map.of("value", "600", "unit", "kg"))))).andExpect(status().isCreated()));
        return new SplitOff(id, manifest, parts.get(0).get("id").asString(), parts.get(0).get("labelId").asString());
    }

    private String returned(SplitOff part) throws Exception {
        String back = flow.draft("producer", DemoParties.CHEMICAL_PLANT, List.of(DemoParties.CARRIER), PLATE,
                List.of(part.partId()), null, Map.of("kind", "RETURN", "previousManifestId", part.manifestId()))
                .get("id").asString();
        flow.submit("producer", back);
        flow.pickUp("carrier", back, PLATE, List.of(part.partLabel()));
        flow.arrive("carrier", back);
        api.post("producer", "/api/v1/manifests/" + back + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(part.partId(), "ACCEPT", "398", 5, null)))).andExpect(status().isOk());
        return back;
    }

    @Test
    void R40_the_part_not_accepted_goes_back_to_its_consignor_on_a_return_manifest_and_is_held_there_again()
            throws Exception {
        SplitOff part = splitOffAfterPartialReceipt();

        returned(part);

        api.get("producer", "/api/v1/batches/" + part.partId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_STORAGE"))
                .andExpect(jsonPath("$.custodyHolderId").value(DemoParties.CHEMICAL_PLANT.toString()))
                .andExpect(jsonPath("$.quantity.value").value("398.000"));
        // held again: the producer may send it on to another receiver
        flow.draft("producer", DemoParties.CEMENT_PLANT, List.of(DemoParties.CARRIER), PLATE,
                List.of(part.partId()), "C1", Map.of());
    }

    @Test
    void R24_the_chains_show_the_part_not_accepted_back_at_its_consignor() throws Exception {
        SplitOff part = splitOffAfterPartialReceipt();
        String back = returned(part);

        JsonNode chain = api.read(api.get("producer", "/api/v1/oversight/custody/batches/" + part.partId())
                .andExpect(status().isOk()));
        assertThat(chain.get("state").toString()).contains("IN_STORAGE");
        List<String> manifests = new ArrayList<>();
        chain.get("streams").forEach(stream -> manifests.add(stream.get("aggregateId").asString()));
        assertThat(manifests).contains(back, part.sourceId());

        JsonNode downstream = api.read(api.get("receiver", "/api/v1/oversight/custody/batches/" + part.sourceId())
                .andExpect(status().isOk())).get("lineage").get("downstream");
        JsonNode toPart = downstream.get(0).get("toBatchId").asString().equals(part.partId()) ? downstream.get(0)
                : downstream.get(1);
        assertThat(toPart.get("status").asString()).isEqualTo("IN_STORAGE");
    }

    @Test
    void R18_a_part_not_split_off_from_what_was_not_accepted_does_not_go_back_on_a_return_manifest()
            throws Exception {
        SplitOff part = splitOffAfterPartialReceipt();
        List<String> outputs = api.read(api.get("receiver", "/api/v1/batches/" + part.sourceId()))
                .get("outputs").findValuesAsString("batchId");
        String accepted = outputs.stream().filter(id -> !id.equals(part.partId())).findFirst().orElseThrow();

        api.post("producer", "/api/v1/manifests", Map.of("kind", "RETURN", "previousManifestId", part.manifestId(),
                        "receiverId", DemoParties.CHEMICAL_PLANT, "carrierIds", List.of(DemoParties.CARRIER),
                        "vehiclePlate", PLATE, "plannedDate", "2026-11-25", "batchIds", List.of(accepted),
                        "emergencyMeasures", "泄漏时用吸附棉围堵，禁止明火"))
                .andExpect(status().isNotFound());
    }
}
