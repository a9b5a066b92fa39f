package cn.haztrail.shared.web;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IdempotencyKeyTest {

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

    private static Map<String, Object> enterprise() {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next("360203"));
        body.put("name", "幂等测试企业");
        body.put("regionCode", "360203");
        body.put("address", "景德镇");
        body.put("contact", Map.of("name", "联系人", "phone", "0798-8000000"));
        body.put("roles", List.of("PRODUCER"));
        return body;
    }

    @Test
    void a_retry_with_the_same_key_and_body_gets_the_first_answer_and_stores_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        var body = enterprise();
        var first = api.post(Api.ADMIN, "/api/v1/enterprises", body, "Idempotency-Key", key)
                .andExpect(status().isCreated()).andReturn().getResponse();
        long after = api.storedEvents();

        var retry = api.post(Api.ADMIN, "/api/v1/enterprises", body, "Idempotency-Key", key)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", first.getHeader("Location")))
                .andExpect(header().string("ETag", first.getHeader("ETag")))
                .andReturn().getResponse();

        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(api.storedEvents()).isEqualTo(after);
    }

    @Test
    void the_same_key_with_another_body_is_refused() throws Exception {
        String key = UUID.randomUUID().toString();
        api.post(Api.ADMIN, "/api/v1/enterprises", enterprise(), "Idempotency-Key", key)
                .andExpect(status().isCreated());
        long after = api.storedEvents();

        api.post(Api.ADMIN, "/api/v1/enterprises", enterprise(), "Idempotency-Key", key)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/idempotency-key-reused"));
        assertThat(api.storedEvents()).isEqualTo(after);
    }

    @Test
    void a_refused_write_does_not_use_up_its_key() throws Exception {
        String key = UUID.randomUUID().toString();
        var invalid = enterprise();
        invalid.put("regionCode", "369999");
        api.post(Api.ADMIN, "/api/v1/enterprises", invalid, "Idempotency-Key", key)
                .andExpect(status().isUnprocessableContent());

        api.post(Api.ADMIN, "/api/v1/enterprises", enterprise(), "Idempotency-Key", key)
                .andExpect(status().isCreated());
    }

    @Test
    void keys_belong_to_one_account() throws Exception {
        String key = UUID.randomUUID().toString();
        var plate = Map.of("plate", "赣H" + String.format("%05d", Math.floorMod(System.nanoTime(), 100_000)),
                "operatingPermitNo", "赣交运管景字9号");
        String carrier = "/api/v1/enterprises/" + cn.haztrail.demo.DemoParties.CARRIER + "/vehicles";
        api.post("carrier", carrier, plate, "Idempotency-Key", key).andExpect(status().isCreated());

        api.post(Api.ADMIN, carrier, plate, "Idempotency-Key", key)
                .andExpect(status().isConflict())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void an_over_long_key_is_400() throws Exception {
        api.post(Api.ADMIN, "/api/v1/enterprises", enterprise(), "Idempotency-Key", "k".repeat(256))
                .andExpect(status().isBadRequest());
    }
}
