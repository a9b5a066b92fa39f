package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.haztrail.support.Racing.race;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R37: two receipts under one exemption racing for the last of its cap. Drafting and submission only check the
 * tonnes left then; the receipt's hold decides, so the cap holds however the receipts interleave.
 */
@IntegrationTest
class ExemptionCapRaceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void R37_two_receipts_racing_for_the_last_of_the_cap_draw_it_once_and_the_other_is_refused() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);
        String exemptionId = exemption(api, "1.5");
        JsonNode first = oil(flow);
        JsonNode second = oil(flow);
        String firstManifest = arrived(api, flow, first, exemptionId);
        String secondManifest = arrived(api, flow, second, exemptionId);

        List<MvcResult> results = race(List.of(
                () -> receive(api, firstManifest, first).andReturn(),
                () -> receive(api, secondManifest, second).andReturn()));

        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(200, 422);
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 422)
                .allSatisfy(r -> assertThat(json.readTree(r.getResponse().getContentAsString()).get("rule")
                        .asText()).isEqualTo("R37"));
        new StreamingProcessors(api, jdbc).awaitCaughtUp("receipt-exemption-draw");
        JsonNode exemption = api.read(api.get("regulator-jdz", "/api/v1/exemptions/" + exemptionId)
                .andExpect(status().isOk()));
        assertThat(exemption.get("drawnTonnes").decimalValue()).isEqualByComparingTo("1");
        assertThat(exemption.get("draws").findValuesAsString("kind")).contains("DRAWN", "REFUSED")
                .doesNotContain("OVERRUN");
    }

    private static String exemption(Api api, String capTonnes) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("producerId", DemoParties.CHEMICAL_PLANT.toString());
        body.put("utilizerId", DemoParties.CEMENT_PLANT.toString());
        body.put("wasteCode", "900-249-08");
        body.put("methodCode", "R9");
        body.put("quantityCapTonnes", capTonnes);
        body.put("validFrom", "2026-01-01");
        body.put("validTo", "2099-12-31");
        return api.read(api.post("regulator-jdz", "/api/v1/exemptions", body).andExpect(status().isCreated()))
                .get("id").asText();
    }

    /** 1000 kg of waste mineral oil, registered by the chemical plant. */
    private static JsonNode oil(CustodyFlow flow) throws Exception {
        return flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 4, List.of("T", "I"));
    }

    /** Drafted under the exemption, submitted, picked up and arrived at the cement plant. */
    private static String arrived(Api api, CustodyFlow flow, JsonNode batch, String exemptionId) throws Exception {
        String batchId = batch.get("id").asText();
        Map<String, Object> body = new HashMap<>();
        body.put("receiverId", DemoParties.CEMENT_PLANT);
        body.put("carrierIds", List.of(DemoParties.CARRIER));
        body.put("vehiclePlate", "赣H12345");
        body.put("plannedDate", "2026-11-25");
        body.put("batchIds", List.of(batchId));
        body.put("plannedMethod", "R9");
        body.put("emergencyMeasures", "泄漏时用吸附棉围堵，禁止明火");
        body.put("exemptLines", List.of(Map.of("batchId", batchId, "exemptionId", exemptionId)));
        String id = api.read(api.post("producer", "/api/v1/manifests", body).andExpect(status().isCreated()))
                .get("id").asText();
        flow.submit("producer", id);
        flow.pickUp("carrier", id, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", id);
        return id;
    }

    private static ResultActions receive(Api api, String manifestId, JsonNode batch) throws Exception {
        return api.post("cement", "/api/v1/manifests/" + manifestId + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch.get("id").asText(), "ACCEPT", "1000", 4, "R9"))));
    }
}
