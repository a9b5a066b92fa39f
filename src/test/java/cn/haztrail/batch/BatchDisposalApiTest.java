package cn.haztrail.batch;

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
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The disposal refusals that need no manifest (R19, R21). The cement plant is both a receiver and a producer: a test
 * account lets it register a batch, which its receiver account then sees but may not dispose of while in storage.
 */
@IntegrationTest
class BatchDisposalApiTest {

    private static final String CEMENT_PRODUCER = "cement-producer";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        accounts.createIfAbsent(CEMENT_PRODUCER, Api.DEMO_PASSWORD, Role.PRODUCER, DemoParties.CEMENT_PLANT, null);
    }

    private static Map<String, Object> disposal() {
        Map<String, Object> body = new HashMap<>();
        body.put("methodCode", "C1");
        body.put("quantity", Map.of("value", "1.2", "unit", "t"));
        body.put("disposedOn", "2026-11-23");
        return body;
    }

    @Test
    void R19_a_receiver_cannot_dispose_of_its_own_enterprises_batch_still_in_storage() throws Exception {
        String id = BatchRequests.register(api, CEMENT_PRODUCER, BatchRequests.oil()).get("id").asString();
        long before = api.storedEvents();

        api.post("cement", "/api/v1/batches/" + id + "/disposal", disposal())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R19"))
                .andExpect(jsonPath("$.errors[0].field").value("receiverId"));
        assertThat(api.storedEvents()).isEqualTo(before);
        api.get("cement", "/api/v1/batches/" + id).andExpect(jsonPath("$.status").value("IN_STORAGE"));
    }

    @Test
    void R21_a_receiver_that_never_saw_the_batch_gets_404() throws Exception {
        String id = BatchRequests.register(api, "producer", BatchRequests.oil()).get("id").asString();

        api.post("receiver", "/api/v1/batches/" + id + "/disposal", disposal())
                .andExpect(status().isNotFound());
    }

    @Test
    void R21_only_receivers_record_disposals() throws Exception {
        String id = BatchRequests.register(api, "producer", BatchRequests.oil()).get("id").asString();

        api.post("producer", "/api/v1/batches/" + id + "/disposal", disposal())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("R21"));
    }

    @Test
    void a_disposal_without_method_or_with_a_bad_unit_is_a_400() throws Exception {
        String id = BatchRequests.register(api, CEMENT_PRODUCER, BatchRequests.oil()).get("id").asString();
        var body = disposal();
        body.remove("methodCode");
        body.put("quantity", Map.of("value", "1.2", "unit", "tonnes"));

        api.post("cement", "/api/v1/batches/" + id + "/disposal", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("methodCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("quantity.unit")));
    }

    @Test
    void a_stale_if_match_is_refused_with_412() throws Exception {
        String id = BatchRequests.register(api, CEMENT_PRODUCER, BatchRequests.oil()).get("id").asString();

        api.post("cement", "/api/v1/batches/" + id + "/disposal", disposal(), "If-Match", "\"5\"")
                .andExpect(status().isPreconditionFailed());
    }
}
