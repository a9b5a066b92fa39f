package cn.haztrail.registry;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EnterpriseApiTest {

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
    void registering_an_enterprise_answers_its_profile_with_location_and_etag() throws Exception {
        var body = RegistryRequests.enterprise("360203", "PRODUCER", "CARRIER");
        var result = api.post(Api.ADMIN, "/api/v1/enterprises", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.creditCode").value(body.get("creditCode")))
                .andExpect(jsonPath("$.provinceCode").value("360000"))
                .andExpect(jsonPath("$.cityCode").value("360200"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("PRODUCER", "CARRIER")))
                .andExpect(jsonPath("$.contact.name").value("测试联系人"));
        String location = result.andReturn().getResponse().getHeader("Location");

        api.get("producer", location).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(body.get("name")))
                .andExpect(jsonPath("$.contact").doesNotExist());
    }

    @Test
    void R01_a_credit_code_with_a_wrong_check_character_is_refused_and_nothing_is_stored() throws Exception {
        var body = RegistryRequests.enterprise("360203", "PRODUCER");
        body.put("creditCode", TestCreditCodes.withWrongCheckCharacter((String) body.get("creditCode")));
        long before = api.storedEvents();

        api.post(Api.ADMIN, "/api/v1/enterprises", body)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].rule").value("R01"))
                .andExpect(jsonPath("$.errors[0].reason").value("credit code check character does not match (GB 32100-2015)"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R01_a_credit_code_can_be_registered_once() throws Exception {
        var first = RegistryRequests.enterprise("360203", "PRODUCER");
        api.post(Api.ADMIN, "/api/v1/enterprises", first).andExpect(status().isCreated());
        var second = RegistryRequests.enterprise("360222", "RECEIVER");
        second.put("creditCode", first.get("creditCode"));
        long before = api.storedEvents();

        api.post(Api.ADMIN, "/api/v1/enterprises", second)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R01"))
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void every_missing_or_malformed_field_is_named() throws Exception {
        Map<String, Object> body = Map.of("creditCode", "", "regionCode", "36", "contact", Map.of("phone", "x"),
                "roles", List.of());

        api.post(Api.ADMIN, "/api/v1/enterprises", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
                        "address", "contact.name", "contact.phone", "creditCode", "name", "regionCode", "roles")));
    }

    @Test
    void a_body_that_is_not_json_is_a_400_problem() throws Exception {
        api.postRaw(Api.ADMIN, "/api/v1/enterprises", "{\"creditCode\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void a_value_of_the_wrong_type_names_its_field() throws Exception {
        var body = RegistryRequests.enterprise("360203", "PRODUCER");
        body.put("roles", List.of("SMUGGLER"));

        api.post(Api.ADMIN, "/api/v1/enterprises", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
    }

    @Test
    void an_unknown_region_code_is_refused_by_the_domain() throws Exception {
        var body = RegistryRequests.enterprise("369999", "PRODUCER");

        api.post(Api.ADMIN, "/api/v1/enterprises", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
    }

    @Test
    void R21_only_administrators_register_enterprises() throws Exception {
        api.post("producer", "/api/v1/enterprises", RegistryRequests.enterprise("360203", "PRODUCER"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("R21"));
    }

    @Test
    void R21_an_unauthenticated_call_is_401() throws Exception {
        api.anonymousGet("/api/v1/enterprises").andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void an_unknown_enterprise_is_404() throws Exception {
        api.get("producer", "/api/v1/enterprises/00000000-0000-0000-0000-000000000000")
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void the_list_filters_by_role_and_region() throws Exception {
        var shenzhen = RegistryRequests.enterprise("440304", "RECEIVER");
        api.post(Api.ADMIN, "/api/v1/enterprises", shenzhen).andExpect(status().isCreated());

        api.get("regulator-jx", "/api/v1/enterprises?role=RECEIVER&region=440000&size=200")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].creditCode").value(hasItem(shenzhen.get("creditCode"))));
        api.get("regulator-jx", "/api/v1/enterprises?role=RECEIVER&region=360000&size=200")
                .andExpect(jsonPath("$.items[*].creditCode").value(not(hasItem(shenzhen.get("creditCode")))));
        api.get("regulator-jx", "/api/v1/enterprises?region=440000&size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].creditCode").value(hasItem(shenzhen.get("creditCode"))));
        api.get("regulator-jx", "/api/v1/enterprises?role=PRODUCER&region=440000&size=200")
                .andExpect(jsonPath("$.items[*].creditCode").value(not(hasItem(shenzhen.get("creditCode")))));
    }

    @Test
    void a_filter_of_the_wrong_type_is_a_400_naming_it() throws Exception {
        api.get("producer", "/api/v1/enterprises?role=SMUGGLER")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
    }

    @Test
    void a_malformed_list_filter_is_a_400_naming_it() throws Exception {
        api.get("producer", "/api/v1/enterprises?region=36&size=500")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("region", "size")));
    }
}
