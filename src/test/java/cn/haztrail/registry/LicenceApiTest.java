package cn.haztrail.registry;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.LicenceBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LicenceApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    String receiver;

    @BeforeEach
    void registerReceiver() throws Exception {
        api = new Api(mvc, json, jdbc);
        var created = api.post(Api.ADMIN, "/api/v1/enterprises", RegistryRequests.enterprise("360222", "RECEIVER"))
                .andExpect(status().isCreated());
        receiver = created.andReturn().getResponse().getHeader("Location");
    }

    @Test
    void R03_a_licence_is_granted_with_its_lines_methods_and_capacity() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of("HW49", "HW08"), List.of("R9", "D10"));

        api.post(Api.ADMIN, receiver + "/licences", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.lines[*].scope").value(org.hamcrest.Matchers.contains("HW49", "HW08")))
                .andExpect(jsonPath("$.lines[0].methods").value(org.hamcrest.Matchers.contains("D10", "R9")))
                .andExpect(jsonPath("$.annualCapacityTonnes").value(5000))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        api.get("producer", receiver).andExpect(jsonPath("$.licences[0].number").value(body.get("number")));
    }

    /** The licence of the issue: HW08 by R9; HW17 by D10 and D1 (1,200 t); HW01 by D10; 5,000 t a year. */
    @Test
    void R03_a_licence_as_issued_is_entered_line_by_line_and_read_back() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of(), List.of());
        body.put("lines", List.of(
                Map.of("scope", "HW08", "methods", List.of("R9")),
                Map.of("scope", "HW17", "methods", List.of("D10", "D1"), "annualCapacityTonnes", "1200"),
                Map.of("scope", "HW01", "methods", List.of("D10"))));

        api.post(Api.ADMIN, receiver + "/licences", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[*].scope").value(org.hamcrest.Matchers.contains("HW08", "HW17", "HW01")))
                .andExpect(jsonPath("$.lines[1].methods").value(org.hamcrest.Matchers.contains("D1", "D10")))
                .andExpect(jsonPath("$.lines[1].annualCapacityTonnes").value(1200))
                .andExpect(jsonPath("$.lines[2].methods").value(org.hamcrest.Matchers.contains("D10")))
                .andExpect(jsonPath("$.lines[2].annualCapacityTonnes").doesNotExist())
                .andExpect(jsonPath("$.annualCapacityTonnes").value(5000));
    }

    @Test
    void R03_a_category_on_two_lines_is_refused_naming_the_second() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of("HW08", "HW17", "HW08"), List.of("D10"));
        long before = api.storedEvents();

        api.post(Api.ADMIN, receiver + "/licences", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R03"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[2].scope"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R04_a_line_capacity_above_the_total_is_refused() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of(), List.of());
        body.put("lines", List.of(Map.of("scope", "HW08", "methods", List.of("D10"), "annualCapacityTonnes", "6000")));

        api.post(Api.ADMIN, receiver + "/licences", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R04"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].annualCapacityTonnes"));
    }

    @Test
    void R05_a_collection_licence_cannot_name_a_final_disposal_method() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废收字"), "COLLECTION",
                List.of("HW08"), List.of("HTS1", "D10"));
        long before = api.storedEvents();

        api.post(Api.ADMIN, receiver + "/licences", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R05"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].methods"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R03_a_line_naming_a_code_missing_from_the_catalogue_is_refused() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of(), List.of());
        body.put("lines", List.of(Map.of("scope", "900-043-49", "methods", List.of("D10"))));

        api.post(Api.ADMIN, receiver + "/licences", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R03"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].scope"));
    }

    @Test
    void a_licence_number_can_be_granted_once() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of("HW08"), List.of("D10"));
        api.post(Api.ADMIN, receiver + "/licences", body).andExpect(status().isCreated());

        api.post(Api.ADMIN, receiver + "/licences", body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
    }

    @Test
    void a_stale_if_match_is_412_and_stores_nothing() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of("HW08"), List.of("D10"));
        api.post(Api.ADMIN, receiver + "/licences", body, "If-Match", "\"0\"").andExpect(status().isCreated());
        long before = api.storedEvents();

        var another = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of("HW08"), List.of("D10"));
        api.post(Api.ADMIN, receiver + "/licences", another, "If-Match", "\"0\"")
                .andExpect(status().isPreconditionFailed());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void a_licence_is_amended_suspended_reinstated_and_revoked_with_its_history_kept() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of("HW08"), List.of("D10"));
        String licence = api.post(Api.ADMIN, receiver + "/licences", body)
                .andReturn().getResponse().getHeader("Location");
        var amendment = Map.of("lines", LicenceBodies.lines(List.of("HW08", "HW49"), List.of("D10")),
                "annualCapacityTonnes", "8000", "validTo", "2028-12-31", "reason", "扩建");

        api.post(Api.ADMIN, licence + "/amend", amendment).andExpect(status().isOk())
                .andExpect(jsonPath("$.annualCapacityTonnes").value(8000));
        api.post(Api.ADMIN, licence + "/suspend", Map.of("reason", "整改")).andExpect(jsonPath("$.status").value("SUSPENDED"));
        api.post(Api.ADMIN, licence + "/reinstate", Map.of("reason", "整改完成")).andExpect(jsonPath("$.status").value("ACTIVE"));
        api.post(Api.ADMIN, licence + "/revoke", Map.of("reason", "吊销")).andExpect(jsonPath("$.status").value("REVOKED"));

        api.post(Api.ADMIN, licence + "/suspend", Map.of("reason", "again")).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, receiver.substring(receiver.lastIndexOf('/') + 1))).isEqualTo(6);
    }

    @Test
    void an_unknown_licence_is_404() throws Exception {
        api.post(Api.ADMIN, receiver + "/licences/00000000-0000-0000-0000-000000000000/suspend", Map.of("reason", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_licence_cannot_run_past_five_years() throws Exception {
        var body = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of("HW08"), List.of("D10"));
        body.put("validTo", "2031-01-02");

        api.post(Api.ADMIN, receiver + "/licences", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("validTo"));
    }
}
