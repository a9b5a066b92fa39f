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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FollowOnAndCorrectionApiTest {

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

    private String deliveredManifest(JsonNode batch) throws Exception {
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        return manifest;
    }

    @Test
    void R18_rejected_waste_returns_to_its_producer_on_a_linked_manifest_and_is_in_storage_again() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "300", "LIQUID", "DRUM", 2, List.of("T", "I"));
        String original = deliveredManifest(batch);
        var rejected = CustodyFlow.acceptLine(batch.get("id").asText(), "REJECT", null, 2, null);
        rejected.put("nameMatches", false);
        api.post("receiver", "/api/v1/manifests/" + original + "/receipt", CustodyFlow.receipt(List.of(rejected)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("REJECTED"));

        JsonNode back = flow.draft("producer", DemoParties.CHEMICAL_PLANT, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), null, Map.of("kind", "RETURN", "previousManifestId", original));
        String returning = back.get("id").asText();
        assertThat(back.get("originRegion").asText()).isEqualTo("360222");
        flow.submit("producer", returning);
        flow.pickUp("carrier", returning, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", returning);
        api.post("producer", "/api/v1/manifests/" + returning + "/receipt", CustodyFlow.receipt(List.of(
                        CustodyFlow.acceptLine(batch.get("id").asText(), "ACCEPT", "298", 2, null))))
                .andExpect(status().isOk());

        api.get("producer", "/api/v1/batches/" + batch.get("id").asText())
                .andExpect(jsonPath("$.status").value("IN_STORAGE"));
        api.get("producer", "/api/v1/manifests/" + original)
                .andExpect(jsonPath("$.followOnManifestId").value(returning));
    }

    @Test
    void R18_the_manifest_whose_waste_goes_back_records_its_follow_on_once_in_its_own_stream() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "300", "LIQUID", "DRUM", 2, List.of("T", "I"));
        String original = deliveredManifest(batch);
        api.post("receiver", "/api/v1/manifests/" + original + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch.get("id").asText(), "REJECT", null, 2, null)))).andExpect(status().isOk());

        Map<String, Object> returnOf = Map.of("kind", "RETURN", "previousManifestId", original);
        String returning = flow.draft("producer", DemoParties.CHEMICAL_PLANT, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), null, returnOf).get("id").asText();
        new StreamingProcessors(api, jdbc).awaitCaughtUp("custody-processes");

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%FollowOnLinked'", Integer.class, original)).isOne();
        api.get("producer", "/api/v1/manifests/" + original)
                .andExpect(jsonPath("$.followOnManifestId").value(returning));
    }

    @Test
    void R20_a_correction_takes_effect_when_every_other_party_approved_it() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "150", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);
        String path = "/api/v1/manifests/" + manifest + "/corrections";

        String correction = api.post("producer", path, Map.of("changes", Map.of("vehiclePlate", "赣H67890"),
                        "reason", "原车辆故障")).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        api.post("carrier", correction + "/approve", Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.vehiclePlate").value("赣H12345"));
        api.post("producer", correction + "/approve", Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R20"));
        api.post("receiver", correction + "/approve", Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.vehiclePlate").value("赣H67890"))
                .andExpect(jsonPath("$.corrections[0].state").value("APPLIED"))
                .andExpect(jsonPath("$.corrections[0].changes[0].oldValue").value("赣H12345"))
                .andExpect(jsonPath("$.corrections[0].changes[0].newValue").value("赣H67890"));
    }
}
