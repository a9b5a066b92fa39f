package cn.haztrail.shared.i18n;

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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Texts for people in Chinese on request (Accept-Language: zh-CN), English otherwise; codes stay as they are. */
@IntegrationTest
class ChineseAnswersApiTest {

    private static final String[] CHINESE = {"Accept-Language", "zh-CN"};
    private static final long WAIT_MILLIS = 120_000;

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

    @Test
    void R03_a_receiver_without_a_business_licence_is_refused_in_chinese() throws Exception {
        JsonNode refusal = api.read(api.post("producer", "/api/v1/manifests", draftToHospital(), CHINESE)
                .andExpect(status().isUnprocessableContent()));

        assertThat(refusal.get("rule").asString()).isEqualTo("R03");
        assertThat(refusal.get("type").asString()).isEqualTo("/api-docs/rules.md#r03");
        assertThat(refusal.get("detail").asString()).isEqualTo("景德镇市第一人民医院 未持有经营许可证");
        assertThat(refusal.at("/errors/0/reason").asString()).isEqualTo(refusal.get("detail").asString());
    }

    @Test
    void R03_without_a_language_asked_for_the_refusal_is_in_english() throws Exception {
        JsonNode refusal = api.read(api.post("producer", "/api/v1/manifests", draftToHospital())
                .andExpect(status().isUnprocessableContent()));

        assertThat(refusal.get("rule").asString()).isEqualTo("R03");
        assertThat(refusal.get("detail").asString()).contains("licence").doesNotContain("许可证");
    }

    @Test
    void R13_a_label_mismatch_is_refused_in_chinese() throws Exception {
        String manifest = submittedManifest();

        JsonNode refusal = api.read(api.post("carrier", "/api/v1/manifests/" + manifest + "/pickup",
                wrongLabelPickup(), "Accept-Language", "zh-Hans").andExpect(status().isUnprocessableContent()));

        assertThat(refusal.get("rule").asString()).isEqualTo("R13");
        assertThat(refusal.get("type").asString()).isEqualTo("/api-docs/rules.md#r13");
        assertThat(refusal.get("detail").asString()).startsWith("标签与联单不符");
        assertThat(refusal.at("/errors/0/field").asString()).isEqualTo("scannedLabelIds");
    }

    @Test
    void R13_the_loading_refusal_alert_reads_in_chinese() throws Exception {
        String manifest = submittedManifest();
        api.post("carrier", "/api/v1/manifests/" + manifest + "/pickup", wrongLabelPickup())
                .andExpect(status().isUnprocessableContent());

        JsonNode alert = awaitAlert("?type=LOADING_REFUSED", manifest);

        assertThat(alert.get("ruleId").asString()).isEqualTo("R13");
        assertThat(alert.get("detail").asString()).startsWith("拒绝装车：标签与联单不符");
    }

    @Test
    void R24_custody_entries_are_summarized_in_chinese() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "120", "LIQUID", "DRUM", 1, List.of("T", "I"));

        JsonNode chain = api.read(api.get("producer", "/api/v1/oversight/custody/batches/" + batch.get("id").asString(),
                CHINESE).andExpect(status().isOk()));

        JsonNode generated = chain.at("/entries/0");
        assertThat(generated.get("eventType").asString()).isEqualTo("BatchRegistered");
        assertThat(generated.get("summary").asString())
                .startsWith("产生入库：景德镇市昌南化工有限公司 产生 900-249-08，120 kg")
                .contains(batch.get("labelId").asString());
    }

    @Test
    void R04_a_recorded_capacity_refusal_reads_in_chinese_in_the_chain_of_custody() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "40000000", "LIQUID", "TANK", 1,
                List.of("T", "I"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asString()), "D10", Map.of()).get("id").asString();
        api.post("producer", "/api/v1/manifests/" + manifest + "/submit", Map.of())
                .andExpect(status().isUnprocessableContent());

        JsonNode chain = api.read(api.get("producer", "/api/v1/oversight/custody/manifests/" + manifest, CHINESE)
                .andExpect(status().isOk()));

        JsonNode refusal = null;
        for (JsonNode entry : chain.get("entries")) {
            refusal = entry.get("eventType").asString().equals("RefusalRecorded") ? entry : refusal;
        }
        assertThat(refusal).isNotNull();
        assertThat(refusal.get("refusalRule").asString()).isEqualTo("R04");
        assertThat(refusal.get("refusalReason").asString()).startsWith("40000").contains("吨超出许可能力");
        assertThat(refusal.get("summary").asString()).startsWith("步骤 submission 依 R04 被拒绝：40000");
    }

    @Test
    void R25_a_pickup_dated_before_the_draft_is_refused_in_chinese_naming_both_steps() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "50", "LIQUID", "DRUM", 1, List.of("T", "I"));
        Instant draftedAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asString()), "D10", Map.of("draftedAt", draftedAt.toString()))
                .get("id").asString();
        flow.submit("producer", manifest);
        Instant pickedUpAt = draftedAt.minus(Duration.ofHours(2));

        JsonNode refusal = api.read(api.post("carrier", "/api/v1/manifests/" + manifest + "/pickup",
                Map.of("vehiclePlate", "赣H12345", "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                        "scannedLabelIds", List.of(batch.get("labelId").asString()),
                        "pickedUpAt", pickedUpAt.toString()), CHINESE)
                .andExpect(status().isUnprocessableContent()));

        assertThat(refusal.get("rule").asString()).isEqualTo("R25");
        assertThat(refusal.get("type").asString()).isEqualTo("/api-docs/rules.md#r25");
        assertThat(refusal.get("detail").asString())
                .isEqualTo("装车起运时间 " + pickedUpAt + " 不能早于联单填报时间 " + draftedAt);
        assertThat(refusal.at("/errors/0/field").asString()).isEqualTo("pickedUpAt");
    }

    /** A manifest naming the hospital, a producer without a business licence, as its receiver. */
    private Map<String, Object> draftToHospital() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "70", "LIQUID", "DRUM", 1, List.of("T", "I"));
        return Map.of("receiverId", DemoParties.HOSPITAL, "carrierIds", List.of(DemoParties.CARRIER),
                "vehiclePlate", "赣H12345", "plannedDate", "2026-11-25",
                "batchIds", List.of(batch.get("id").asString()), "plannedMethod", "D10");
    }

    private String submittedManifest() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "50", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asString()), "D10", Map.of()).get("id").asString();
        flow.submit("producer", manifest);
        return manifest;
    }

    private static Map<String, Object> wrongLabelPickup() {
        return Map.of("vehiclePlate", "赣H12345", "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                "scannedLabelIds", List.of("91360200MA35G8XK2H9002490820260101099"),
                "pickedUpAt", Instant.now().toString());
    }

    private JsonNode awaitAlert(String query, String manifest) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        Optional<JsonNode> found = findAlert(query, manifest);
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            found = findAlert(query, manifest);
        }
        return found.orElseThrow(() -> new AssertionError("no alert for manifest " + manifest));
    }

    private Optional<JsonNode> findAlert(String query, String manifest) throws Exception {
        JsonNode page = api.read(api.get("regulator-jdz", "/api/v1/oversight/alerts" + query + "&size=200", CHINESE)
                .andExpect(status().isOk()));
        for (JsonNode item : page.get("items")) {
            if (item.at("/subject/manifestId").asString().equals(manifest)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
