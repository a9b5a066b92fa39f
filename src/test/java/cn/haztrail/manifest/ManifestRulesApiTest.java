package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rules whose refusals must be visible afterwards, and who may see and act on a manifest, through HTTP. */
@IntegrationTest
class ManifestRulesApiTest {

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

    private long events(String aggregate, String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, aggregate, "%." + type);
    }

    private JsonNode submittedManifest(String kg) throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", kg, "LIQUID", "DRUM", 1, List.of("T", "I"));
        JsonNode manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(batch.get("id").asText()), "D10", Map.of());
        flow.submit("producer", manifest.get("id").asText());
        return batch;
    }

    @Test
    void R13_a_label_mismatch_is_refused_and_the_refusal_stays_in_history() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "50", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);

        api.post("carrier", "/api/v1/manifests/" + manifest + "/pickup", Map.of("vehiclePlate", "赣H12345",
                        "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                        "scannedLabelIds", List.of("91360200MA35G8XK2H9002490820260101099"),
                        "pickedUpAt", Instant.now().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R13"));

        assertThat(events(manifest, "LoadingRefused")).isEqualTo(1);
        assertThat(events(manifest, "ManifestPickedUp")).isZero();
        assertThat(events(batch.get("id").asText(), "BatchPickedUp")).isZero();
        api.get("producer", "/api/v1/manifests/" + manifest).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void R04_a_receiver_over_its_annual_capacity_is_refused_and_the_refusal_is_recorded() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "40000000", "LIQUID", "TANK", 1, List.of("T", "I"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();

        api.post("producer", "/api/v1/manifests/" + manifest + "/submit", Map.of())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R04"));

        assertThat(events(manifest, "RefusalRecorded")).isEqualTo(1);
        assertThat(events(manifest, "ManifestSubmitted")).isZero();
    }

    @Test
    void R12_cancelling_before_pickup_frees_the_batches_and_keeps_the_number() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "80", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        String number = flow.submit("producer", manifest).get("number").asText();

        api.post("producer", "/api/v1/manifests/" + manifest + "/cancel", Map.of("reason", "改期"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.number").value(number));
        api.get("producer", "/api/v1/batches/" + batch.get("id").asText())
                .andExpect(jsonPath("$.status").value("IN_STORAGE"));
        flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of());
    }

    @Test
    void R08_a_batch_cannot_be_on_two_active_manifests() throws Exception {
        JsonNode batch = submittedManifest("60");
        api.post("producer", "/api/v1/manifests", Map.of("receiverId", DemoParties.DISPOSAL_CENTRE,
                        "carrierIds", List.of(DemoParties.CARRIER), "vehiclePlate", "赣H12345",
                        "plannedDate", "2026-11-26", "batchIds", List.of(batch.get("id").asText())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R08"));
    }

    @Test
    void R21_only_the_parties_and_the_regulators_of_the_regions_see_a_manifest() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "70", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        String path = "/api/v1/manifests/" + manifest;

        for (String allowed : List.of("producer", "carrier", "receiver", "regulator-jdz", "regulator-jx")) {
            api.get(allowed, path).andExpect(status().isOk());
        }
        for (String stranger : List.of("hospital", "carrier2", "cement", "regulator-gd")) {
            api.get(stranger, path).andExpect(status().isNotFound());
        }
        api.post("receiver", path + "/submit", Map.of()).andExpect(status().isForbidden());
        api.post("regulator-jdz", path + "/cancel", Map.of("reason", "x")).andExpect(status().isForbidden());
        assertThat(api.read(api.get("hospital", "/api/v1/manifests?size=200").andExpect(status().isOk())).toString())
                .doesNotContain(manifest);
        assertThat(api.read(api.get("regulator-jdz", "/api/v1/manifests?size=200").andExpect(status().isOk()))
                .toString()).contains(manifest);
    }

    @Test
    void R10_a_draft_without_lines_names_the_field() throws Exception {
        api.post("producer", "/api/v1/manifests", Map.of("receiverId", DemoParties.DISPOSAL_CENTRE,
                        "carrierIds", List.of(DemoParties.CARRIER), "vehiclePlate", "赣H12345",
                        "plannedDate", "2026-11-26", "batchIds", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("batchIds"));
    }
    @Test
    void R21_a_draft_naming_another_enterprises_batch_or_manifest_is_answered_like_an_unknown_one() throws Exception {
        JsonNode producers = flow.registerBatch("producer", "900-249-08", "40", "LIQUID", "DRUM", 1, List.of("T", "I"));
        JsonNode hospitals = flow.registerBatch("hospital", "900-249-08", "40", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String producersManifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(producers.get("id").asText()), "D10", Map.of()).get("id").asText();
        long stored = api.storedEvents();

        for (String batch : List.of(producers.get("id").asText(), UUID.randomUUID().toString())) {
            draftAsHospital(List.of(batch), Map.of()).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.errors[0].field").value("batchIds"))
                    .andExpect(jsonPath("$.detail").value("no batch " + batch));
        }
        for (String previous : List.of(producersManifest, UUID.randomUUID().toString())) {
            draftAsHospital(List.of(hospitals.get("id").asText()), Map.of("kind", "RETURN",
                    "previousManifestId", previous)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.errors[0].field").value("previousManifestId"))
                    .andExpect(jsonPath("$.detail").value("no manifest " + previous));
        }
        assertThat(api.storedEvents()).isEqualTo(stored);
    }

    private org.springframework.test.web.servlet.ResultActions draftAsHospital(List<String> batches,
                                                                              Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.putAll(Map.of("receiverId", DemoParties.DISPOSAL_CENTRE, "carrierIds", List.of(DemoParties.CARRIER),
                "vehiclePlate", "赣H12345", "plannedDate", "2026-11-25", "batchIds", batches, "plannedMethod", "D10"));
        return api.post("hospital", "/api/v1/manifests", body);
    }
}
