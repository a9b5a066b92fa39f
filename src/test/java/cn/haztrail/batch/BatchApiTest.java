package cn.haztrail.batch;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class BatchApiTest {

    private static final String PRODUCER_CREDIT_CODE = "91360200MA35G8XK2H";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    @Test
    void R07_registering_a_batch_answers_201_with_location_etag_label_id_and_qr_payload() throws Exception {
        var result = api.post("producer", "/api/v1/batches", BatchRequests.oil())
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("IN_STORAGE"))
                .andExpect(jsonPath("$.edition").value("2021"))
                .andExpect(jsonPath("$.category").value("HW08"))
                .andExpect(jsonPath("$.wasteName").value("其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物"))
                .andExpect(jsonPath("$.quantity.value").value("1250.500"))
                .andExpect(jsonPath("$.quantity.unit").value("kg"))
                .andExpect(jsonPath("$.hazardCharacteristics").value(org.hamcrest.Matchers.contains("T", "I")))
                .andExpect(jsonPath("$.generatedAt").value("2026-11-20T01:30:00Z"))
                .andExpect(jsonPath("$.storageLimitAt").value("2027-11-20T01:30:00Z"))
                .andExpect(jsonPath("$.storageOverdue").value(false))
                .andExpect(jsonPath("$.producerRegion").value("360203"));
        var batch = api.read(result);
        String labelId = batch.get("labelId").asString();

        assertThat(labelId).hasSize(37).startsWith(PRODUCER_CREDIT_CODE + "90024908" + "20261120");
        assertThat(batch.get("qrPayload").asString()).isEqualTo("http://localhost:8080/l/" + labelId);
        assertThat(result.andReturn().getResponse().getHeader("Location"))
                .isEqualTo("/api/v1/batches/" + batch.get("id").asString());
    }

    @Test
    void R07_two_batches_of_the_same_code_and_day_get_consecutive_sequences() throws Exception {
        String first = BatchRequests.register(api, "producer", BatchRequests.oil()).get("labelId").asString();
        String second = BatchRequests.register(api, "producer", BatchRequests.oil()).get("labelId").asString();

        assertThat(second.substring(0, 34)).isEqualTo(first.substring(0, 34));
        assertThat(Integer.parseInt(second.substring(34))).isEqualTo(Integer.parseInt(first.substring(34)) + 1);
    }

    @Test
    void R09_a_batch_registers_its_storage_deadline_in_the_persistent_scheduler() throws Exception {
        String id = BatchRequests.register(api, "producer", BatchRequests.oil()).get("id").asString();

        Long deadlines = jdbc.queryForObject("select count(*) from scheduled_tasks where execution_time = ?",
                Long.class, java.sql.Timestamp.from(java.time.Instant.parse("2027-11-20T01:30:00Z")));
        assertThat(deadlines).isPositive();
        assertThat(id).isNotBlank();
    }

    @Test
    void R09_medical_waste_may_stay_48_hours() throws Exception {
        api.post("hospital", "/api/v1/batches", BatchRequests.infectious())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("HW01"))
                .andExpect(jsonPath("$.storageLimitAt").value("2026-11-22T01:30:00Z"));
    }

    @Test
    void R06_a_batch_that_drops_a_certain_characteristic_is_refused_with_the_rule_and_nothing_is_stored()
            throws Exception {
        var body = BatchRequests.oil();
        body.put("hazardCharacteristics", List.of("I"));
        long before = api.storedEvents();

        api.post("producer", "/api/v1/batches", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.rule").value("R06"))
                .andExpect(jsonPath("$.errors[0].field").value("hazardCharacteristics"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R06_an_unlisted_code_is_refused() throws Exception {
        var body = BatchRequests.oil();
        body.put("wasteCode", "900-999-08");

        api.post("producer", "/api/v1/batches", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R06"))
                .andExpect(jsonPath("$.errors[0].field").value("wasteCode"));
    }

    @Test
    void a_malformed_quantity_unit_is_a_400_naming_the_field() throws Exception {
        var body = BatchRequests.oil();
        body.put("quantity", Map.of("value", "12.5", "unit", "kilo"));

        api.post("producer", "/api/v1/batches", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("quantity.unit")));
    }

    @Test
    void a_quantity_sent_as_a_json_number_is_read_exactly() throws Exception {
        String body = api.asJson(BatchRequests.oil()).replace("\"1250.5\"", "0.1");

        api.postRaw("producer", "/api/v1/batches", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quantity.value").value("0.100"));
    }

    @Test
    void a_quantity_with_more_than_three_decimals_is_a_400() throws Exception {
        var body = BatchRequests.oil();
        body.put("quantity", Map.of("value", "1.0001", "unit", "t"));

        api.post("producer", "/api/v1/batches", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("quantity.value")));
    }

    @Test
    void a_collector_registers_batches_too() throws Exception {
        api.post("collector", "/api/v1/batches", BatchRequests.oil()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.labelId").value(org.hamcrest.Matchers.startsWith("91360200MA37KT6B8P")));
    }

    @Test
    void R21_only_producers_and_collectors_register_batches() throws Exception {
        api.post("carrier", "/api/v1/batches", BatchRequests.oil())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("R21"));
        api.post("regulator-jdz", "/api/v1/batches", BatchRequests.oil()).andExpect(status().isForbidden());
    }

    @Test
    void R21_a_producer_lists_its_own_batches_and_another_party_neither_lists_nor_finds_them() throws Exception {
        String id = BatchRequests.register(api, "producer", BatchRequests.oil()).get("id").asString();

        assertThat(api.everyItems("producer", "/api/v1/batches?wasteCode=900-249-08&status=IN_STORAGE", "id"))
                .contains(id);
        assertThat(api.everyItems("hospital", "/api/v1/batches", "id")).doesNotContain(id);
        api.get("hospital", "/api/v1/batches/" + id)
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        api.get("receiver", "/api/v1/batches/" + id).andExpect(status().isNotFound());
        api.get("carrier", "/api/v1/batches/" + id).andExpect(status().isNotFound());
    }

    @Test
    void R21_a_regulator_reads_the_batches_of_producers_in_its_jurisdiction() throws Exception {
        String id = BatchRequests.register(api, "producer", BatchRequests.oil()).get("id").asString();

        api.get("regulator-jdz", "/api/v1/batches/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.producerRegion").value("360203"));
        assertThat(api.everyItems("regulator-jx", "/api/v1/batches", "id")).contains(id);
        api.get(Api.ADMIN, "/api/v1/batches/" + id).andExpect(status().isOk());
    }

    @Test
    void the_list_filters_by_status_and_code() throws Exception {
        String id = BatchRequests.register(api, "hospital", BatchRequests.infectious()).get("id").asString();

        assertThat(api.everyItems("hospital", "/api/v1/batches?wasteCode=841-001-01", "id")).contains(id);
        assertThat(api.everyItems("hospital", "/api/v1/batches?wasteCode=900-249-08", "id")).doesNotContain(id);
        assertThat(api.everyItems("hospital", "/api/v1/batches?status=DISPOSED", "id")).doesNotContain(id);
        api.get("hospital", "/api/v1/batches?wasteCode=HW01").andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_batch_is_404() throws Exception {
        api.get("producer", "/api/v1/batches/00000000-0000-0000-0000-000000000000")
                .andExpect(status().isNotFound());
    }
}
