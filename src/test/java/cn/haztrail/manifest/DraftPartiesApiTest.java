package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drafting decides from its own table of registered enterprises, written in the registering command's transaction:
 * a party registered a moment ago can be named at once, with the region it registered in.
 */
@IntegrationTest
class DraftPartiesApiTest {

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
    void R03_a_receiver_registered_a_moment_ago_is_drafted_to_with_its_registered_region() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next("360281"));
        body.put("name", "乐平市新登记处置有限公司");
        body.put("regionCode", "360281");
        body.put("address", "乐平市工业园");
        body.put("contact", Map.of("name", "联系人", "phone", "0798-6800000"));
        body.put("roles", List.of("RECEIVER"));
        String receiver = api.read(api.post(Api.ADMIN, "/api/v1/enterprises", body).andExpect(status().isCreated()))
                .get("id").asText();
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "40", "LIQUID", "DRUM", 1, List.of("T", "I"));

        JsonNode manifest = flow.draft("producer", UUID.fromString(receiver),
                List.of(DemoParties.CARRIER), "赣H12345", List.of(batch.get("id").asText()), "D10", Map.of());

        assertThat(manifest.get("destinationRegion").asText()).isEqualTo("360281");
        assertThat(jdbc.queryForObject("select region_code from manifest_party where enterprise_id = ?",
                String.class, UUID.fromString(receiver))).isEqualTo("360281");
    }
}
