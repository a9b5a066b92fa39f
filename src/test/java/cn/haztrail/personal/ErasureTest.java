package cn.haztrail.personal;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A contact person never enters the event store and can be erased without touching the history. */
@IntegrationTest
class ErasureTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_erased_contact_is_gone_while_the_history_stays_complete() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        JsonNode enterprise = api.read(api.post(Api.ADMIN, "/api/v1/enterprises", Map.of(
                "creditCode", TestCreditCodes.next("360203"), "name", "擦除测试企业", "regionCode", "360203",
                "address", "景德镇", "contact", Map.of("name", "欧阳淑芬", "phone", "13912345678"),
                "roles", List.of("PRODUCER"))).andExpect(status().isCreated()));
        String id = enterprise.get("id").asText();
        List<String> stored = jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ?",
                byte[].class, id).stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
        assertThat(stored).hasSize(1).allSatisfy(payload -> assertThat(payload)
                .doesNotContain("欧阳淑芬").doesNotContain("13912345678")
                .contains(enterprise.get("contactRef").asText()));

        api.post(Api.ADMIN, "/api/v1/personal-data/" + enterprise.get("contactRef").asText() + "/erase", Map.of())
                .andExpect(status().isNoContent());

        api.get(Api.ADMIN, "/api/v1/enterprises/" + id)
                .andExpect(jsonPath("$.contact.erased").value(true))
                .andExpect(jsonPath("$.contact.name").doesNotExist())
                .andExpect(jsonPath("$.name").value("擦除测试企业"));
        assertThat(jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ?",
                byte[].class, id).stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList())
                .isEqualTo(stored);
    }

    @Test
    void R21_only_administrators_erase_people() throws Exception {
        new Api(mvc, json, jdbc).post("producer", "/api/v1/personal-data/00000000-0000-0000-0000-000000000001/erase",
                Map.of()).andExpect(status().isForbidden());
    }
}
