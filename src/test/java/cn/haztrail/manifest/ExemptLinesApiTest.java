package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.haztrail.support.Racing.race;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Manifest lines sent under a targeted-utilization exemption (R37): the chemical plant sends waste mineral oil to the
 * cement plant for R9, a method the cement plant's licence does not list for it (R03), under an exemption the
 * regulator of 景德镇 recorded. Drafting and submission check the tonnes left then; the receipt's hold decides, so
 * the cap holds however receipts interleave.
 */
@IntegrationTest
class ExemptLinesApiTest {

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

    private String exemption(String capTonnes, String validFrom, String validTo) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("producerId", DemoParties.CHEMICAL_PLANT.toString());
        body.put("utilizerId", DemoParties.CEMENT_PLANT.toString());
        body.put("wasteCode", "900-249-08");
        body.put("methodCode", "R9");
        body.put("quantityCapTonnes", capTonnes);
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        return api.read(api.post("regulator-jdz", "/api/v1/exemptions", body).andExpect(status().isCreated()))
                .get("id").asText();
    }

    private String exemption() throws Exception {
        return exemption("100", "2026-01-01", "2099-12-31");
    }

    private void revoke(String exemptionId) throws Exception {
        api.post("regulator-jdz", "/api/v1/exemptions/" + exemptionId + "/revocation", Map.of("reason", "利用单位整改"))
                .andExpect(status().isOk());
    }

    /** 1000 kg of waste mineral oil, registered by the chemical plant. */
    private JsonNode oil() throws Exception {
        return flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 4, List.of("T", "I"));
    }

    private Map<String, Object> underExemption(JsonNode batch, String exemptionId) {
        return Map.of("exemptLines", List.of(Map.of("batchId", batch.get("id").asText(), "exemptionId", exemptionId)));
    }

    private ResultActions draft(JsonNode batch, Map<String, Object> extra, String... headers) throws Exception {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("receiverId", DemoParties.CEMENT_PLANT);
        body.put("carrierIds", List.of(DemoParties.CARRIER));
        body.put("vehiclePlate", "赣H12345");
        body.put("plannedDate", "2026-11-25");
        body.put("batchIds", List.of(batch.get("id").asText()));
        body.put("plannedMethod", "R9");
        body.put("emergencyMeasures", "泄漏时用吸附棉围堵，禁止明火");
        return api.post("producer", "/api/v1/manifests", body, headers);
    }

    private String drafted(JsonNode batch, Map<String, Object> extra) throws Exception {
        return api.read(draft(batch, extra).andExpect(status().isCreated())).get("id").asText();
    }

    /** Drafted under the exemption, submitted, picked up and arrived at the cement plant. */
    private String arrived(JsonNode batch, String exemptionId) throws Exception {
        String id = drafted(batch, underExemption(batch, exemptionId));
        flow.submit("producer", id);
        flow.pickUp("carrier", id, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", id);
        return id;
    }

    private ResultActions receive(String manifestId, JsonNode batch) throws Exception {
        return api.post("cement", "/api/v1/manifests/" + manifestId + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch.get("id").asText(), "ACCEPT", "1000", 4, "R9"))));
    }

    private long cementPlantEvents(String type, String manifestId) {
        return jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type like ?", byte[].class, DemoParties.CEMENT_PLANT.toString(), "%." + type)
                .stream().filter(payload -> new String(payload, StandardCharsets.UTF_8).contains(manifestId)).count();
    }

    @Test
    void R37_a_utilizer_without_the_licence_line_receives_an_exempt_line_drawn_on_the_exemption() throws Exception {
        String exemptionId = exemption();
        JsonNode batch = oil();
        String manifestId = arrived(batch, exemptionId);

        receive(manifestId, batch).andExpect(status().isOk());
        new StreamingProcessors(api, jdbc).awaitCaughtUp("custody-processes");

        api.get("regulator-jdz", "/api/v1/exemptions/" + exemptionId).andExpect(status().isOk())
                .andExpect(jsonPath("$.drawnTonnes").value(1))
                .andExpect(jsonPath("$.remainingTonnes").value(99))
                .andExpect(jsonPath("$.draws[?(@.kind == 'DRAWN')].manifestId").value(manifestId));
        api.get("cement", "/api/v1/manifests/" + manifestId).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.lines[0].exemptionId").value(exemptionId));
        // R04: the exempt tonnes do not count against the cement plant's licence year
        assertThat(cementPlantEvents("WasteAdmitted", manifestId)).isZero();
        assertThat(cementPlantEvents("AdmissionReserved", manifestId)).isZero();
    }

    @Test
    void R03_the_same_line_without_an_exemption_is_refused_at_submission() throws Exception {
        String manifestId = drafted(oil(), Map.of());

        api.post("producer", "/api/v1/manifests/" + manifestId + "/submit", Map.of())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R03"));
    }

    @Test
    void R37_a_revoked_exemption_refuses_the_draft_naming_the_exempt_line() throws Exception {
        String exemptionId = exemption();
        revoke(exemptionId);
        JsonNode batch = oil();
        long before = api.storedEvents();

        draft(batch, underExemption(batch, exemptionId), "Accept-Language", "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R37"))
                .andExpect(jsonPath("$.errors[0].field").value("exemptLines[0].exemptionId"))
                .andExpect(jsonPath("$.detail").value(containsString("已被撤销")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R37_an_expired_exemption_refuses_the_draft() throws Exception {
        String exemptionId = exemption("100", "2026-01-01", "2026-06-30");
        JsonNode batch = oil();

        draft(batch, underExemption(batch, exemptionId))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R37"))
                .andExpect(jsonPath("$.errors[0].field").value("exemptLines[0].exemptionId"));
    }

    @Test
    void R37_an_exemption_with_less_left_than_the_line_refuses_the_draft() throws Exception {
        String exemptionId = exemption("0.5", "2026-01-01", "2099-12-31");
        JsonNode batch = oil();

        draft(batch, underExemption(batch, exemptionId))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R37"))
                .andExpect(jsonPath("$.errors[0].field").value("exemptLines[0].exemptionId"));
    }

    @Test
    void R37_an_exemption_revoked_after_drafting_refuses_the_submission() throws Exception {
        String exemptionId = exemption();
        JsonNode batch = oil();
        String manifestId = drafted(batch, underExemption(batch, exemptionId));
        revoke(exemptionId);

        api.post("producer", "/api/v1/manifests/" + manifestId + "/submit", Map.of())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R37"))
                .andExpect(jsonPath("$.errors[0].field").value("exemptLines[0].exemptionId"));
        api.get("producer", "/api/v1/manifests/" + manifestId).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void R37_an_exemption_revoked_before_the_receipt_refuses_it_and_the_exemption_keeps_the_refusal()
            throws Exception {
        String exemptionId = exemption();
        JsonNode batch = oil();
        String manifestId = arrived(batch, exemptionId);
        revoke(exemptionId);

        receive(manifestId, batch)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R37"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].batchId"));

        api.get("cement", "/api/v1/manifests/" + manifestId).andExpect(jsonPath("$.status").value("ARRIVED"));
        api.get("regulator-jdz", "/api/v1/exemptions/" + exemptionId).andExpect(status().isOk())
                .andExpect(jsonPath("$.drawnTonnes").value(0))
                .andExpect(jsonPath("$.draws[0].kind").value("REFUSED"))
                .andExpect(jsonPath("$.draws[0].manifestId").value(manifestId));
    }

    @Test
    void R37_two_receipts_racing_for_the_last_of_the_cap_draw_it_once_and_the_other_is_refused() throws Exception {
        String exemptionId = exemption("1.5", "2026-01-01", "2099-12-31");
        JsonNode first = oil();
        JsonNode second = oil();
        String firstManifest = arrived(first, exemptionId);
        String secondManifest = arrived(second, exemptionId);

        List<MvcResult> results = race(List.of(() -> receive(firstManifest, first).andReturn(),
                () -> receive(secondManifest, second).andReturn()));

        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(200, 422);
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 422).allSatisfy(r -> assertThat(
                json.readTree(r.getResponse().getContentAsString()).get("rule").asText()).isEqualTo("R37"));
        new StreamingProcessors(api, jdbc).awaitCaughtUp("custody-processes");
        JsonNode exemption = api.read(api.get("regulator-jdz", "/api/v1/exemptions/" + exemptionId)
                .andExpect(status().isOk()));
        assertThat(exemption.get("drawnTonnes").decimalValue()).isEqualByComparingTo("1");
        assertThat(exemption.get("draws").findValuesAsString("kind")).contains("DRAWN", "REFUSED")
                .doesNotContain("OVERRUN");
    }
}
