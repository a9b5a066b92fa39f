package cn.haztrail.enrolment;

import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who decides an application (R21), what the applicant sees of it, and what is refused (R01). */
@IntegrationTest
class EnrolmentDecisionsApiTest {

    /** 宜春: 360203 lies outside its jurisdiction. */
    private static final String OTHER_REGULATOR = "regulator-yc";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    Api api;
    Applicant applicant;
    Map<String, Object> application;
    String id;
    String tracking;

    @BeforeEach
    void anApplication() throws Exception {
        accounts.createIfAbsent(OTHER_REGULATOR, Api.DEMO_PASSWORD, Role.REGULATOR, null, "360900");
        api = new Api(mvc, json, jdbc);
        applicant = new Applicant(mvc, json);
        application = Applicant.producer();
        JsonNode applied = applicant.applied(application);
        id = applied.get("id").asText();
        tracking = applied.get("trackingToken").asText();
    }

    @Test
    void R21_a_regulator_of_another_region_may_not_approve() throws Exception {
        api.post(OTHER_REGULATOR, path("/approval"), null).andExpect(status().isForbidden());

        applicant.read(id, tracking).andExpect(jsonPath("$.state").value("PENDING"));
    }

    @Test
    void R21_a_regulator_of_another_region_may_not_list_the_region() throws Exception {
        api.get(OTHER_REGULATOR, Applicant.BASE + "?region=360203").andExpect(status().isForbidden());
    }

    @Test
    void R21_a_regulator_lists_the_pending_applications_of_its_jurisdiction_only() throws Exception {
        api.get("regulator-jdz", Applicant.BASE + "?state=PENDING&size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
        api.get(OTHER_REGULATOR, Applicant.BASE + "?state=PENDING&size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
    }

    @Test
    void a_refusal_and_its_reason_are_visible_to_the_applicant() throws Exception {
        api.post("regulator-jdz", path("/refusal"), Map.of("reason", "营业执照信息与信用代码不符"))
                .andExpect(status().isOk());

        applicant.read(id, tracking).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REFUSED"))
                .andExpect(jsonPath("$.reason").value("营业执照信息与信用代码不符"))
                .andExpect(jsonPath("$.decidedAt").isNotEmpty())
                .andExpect(jsonPath("$.managerUsername").doesNotExist());
    }

    @Test
    void a_decided_application_is_not_decided_again() throws Exception {
        api.post("regulator-jdz", path("/refusal"), Map.of("reason", "材料不全")).andExpect(status().isOk());

        api.post(Api.ADMIN, path("/approval"), null).andExpect(status().isConflict());
    }

    @Test
    void a_wrong_tracking_token_reads_nothing_as_for_an_unknown_application() throws Exception {
        String wrong = applicant.read(id, tracking + "x").andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String unknown = applicant.read(UUID.randomUUID().toString(), tracking).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(wrong).get("type")).isEqualTo(json.readTree(unknown).get("type"));
        applicant.read(id, null).andExpect(status().isNotFound());
    }

    @Test
    void R01_a_credit_code_already_registered_is_refused() throws Exception {
        application.put("creditCode", "91360200MA35G8XK2H"); // 昌南化工 of the demo data

        applicant.apply(application).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("R01"))
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
    }

    @Test
    void R01_a_credit_code_with_a_pending_application_is_refused() throws Exception {
        Map<String, Object> again = Applicant.producer();
        again.put("creditCode", application.get("creditCode"));

        applicant.apply(again).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("R01"));
    }

    @Test
    void R01_a_credit_code_with_a_wrong_check_character_is_refused() throws Exception {
        Map<String, Object> wrong = Applicant.producer();
        wrong.put("creditCode", cn.haztrail.support.TestCreditCodes.withWrongCheckCharacter(
                (String) wrong.get("creditCode")));

        applicant.apply(wrong).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
    }

    @Test
    void a_manager_username_already_taken_is_refused_when_applying() throws Exception {
        Map<String, Object> taken = Applicant.producer();
        taken.put("managerUsername", "producer");

        applicant.apply(taken).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("managerUsername"));
    }

    @Test
    void an_approval_that_fails_leaves_no_enterprise_and_the_application_pending() throws Exception {
        accounts.createIfAbsent((String) application.get("managerUsername"), "taken meanwhile 1234",
                Role.REGULATOR, null, "360200");

        api.post("regulator-jdz", path("/approval"), null).andExpect(status().isConflict());

        assertThat(jdbc.queryForObject("select count(*) from enterprise_view where credit_code = ?", Integer.class,
                application.get("creditCode"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from claimed_identifier where claim_value = ?",
                Integer.class, application.get("creditCode"))).isZero();
        applicant.read(id, tracking).andExpect(jsonPath("$.state").value("PENDING"));
    }

    @Test
    void a_client_address_that_used_up_its_applications_waits() throws Exception {
        // An address of its own, with the 50 applications the test profile allows already on record.
        String address = "192.0.2." + (1 + (int) (System.nanoTime() % 250));
        jdbc.update("delete from enrolment_submission where client_address = ?", address);
        for (int i = 0; i < 50; i++) {
            jdbc.update("insert into enrolment_submission (client_address, submitted_at) values (?, ?)", address,
                    Timestamp.from(Instant.now()));
        }

        mvc.perform(post(Applicant.BASE).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Applicant.producer())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    private String path(String action) {
        return Applicant.BASE + "/" + id + action;
    }
}
