package cn.haztrail.account;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** No default passwords: a new account sets its own with a one-time activation token, valid 72 hours (R28). */
@IntegrationTest
class AccountActivationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    People people;
    String username;
    JsonNode opened;

    @BeforeEach
    void anOpenedManager() throws Exception {
        people = new People(mvc, json);
        username = People.username("activation");
        opened = people.openManager(DemoParties.CHEMICAL_PLANT, username);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void R28_the_activation_token_sets_the_password_and_the_person_signs_in_as_manager() throws Exception {
        people.activate(token(), People.PASSWORD).andExpect(status().isNoContent());

        people.get(person(), "/api/v1/accounts/me").andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.memberships[0].enterpriseId").value(DemoParties.CHEMICAL_PLANT.toString()))
                .andExpect(jsonPath("$.memberships[0].memberRole").value("MANAGER"))
                .andExpect(jsonPath("$.memberships[0].actsAs").value("PRODUCER"));
    }

    @Test
    void R28_a_new_account_cannot_sign_in_before_activation() throws Exception {
        people.get(person(), "/api/v1/accounts/me").andExpect(status().isUnauthorized());
    }

    @Test
    void R28_an_activation_token_works_only_once() throws Exception {
        people.activate(token(), People.PASSWORD).andExpect(status().isNoContent());

        people.activate(token(), "another long passphrase 77").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R28"));
    }

    @Test
    void R28_an_activation_token_is_refused_once_72_hours_have_passed() throws Exception {
        clock.advance(Duration.ofHours(72).plusSeconds(1));

        people.activate(token(), People.PASSWORD).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R28"));
    }

    @Test
    void R28_an_activation_token_still_works_just_before_72_hours() throws Exception {
        clock.advance(Duration.ofHours(72).minusMinutes(1));

        people.activate(token(), People.PASSWORD).andExpect(status().isNoContent());
    }

    @Test
    void R28_a_password_shorter_than_12_characters_is_refused_and_the_token_stays_usable() throws Exception {
        people.activate(token(), "short-pw-11").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R28"));

        people.activate(token(), People.PASSWORD).andExpect(status().isNoContent());
    }

    @Test
    void R28_a_password_on_the_list_of_common_passwords_is_refused() throws Exception {
        people.activate(token(), "Password1234").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R28"));
    }

    @Test
    void R28_the_token_is_stored_only_as_a_hash() {
        List<String> stored = jdbc.queryForList("select token_hash from activation_token where account_id = ?",
                String.class, opened.get("accountId").asText());

        assertThat(stored).hasSize(1).doesNotContain(token());
    }

    @Test
    void R28_a_person_changes_its_password_by_giving_the_current_one() throws Exception {
        people.activate(token(), People.PASSWORD).andExpect(status().isNoContent());
        String newPassword = "a brand new passphrase 2026";

        people.post(person(), "/api/v1/accounts/me/password", Map.of("currentPassword", People.PASSWORD,
                "newPassword", newPassword)).andExpect(status().isNoContent());

        people.as(username, newPassword, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/accounts/me"), null).andExpect(status().isOk());
    }

    @Test
    void R28_a_wrong_current_password_changes_nothing() throws Exception {
        people.activate(token(), People.PASSWORD).andExpect(status().isNoContent());

        people.post(person(), "/api/v1/accounts/me/password", Map.of("currentPassword", "not the password",
                "newPassword", "a brand new passphrase 2026")).andExpect(status().isUnprocessableContent());

        people.get(person(), "/api/v1/accounts/me").andExpect(status().isOk());
    }

    @Test
    void R22_opening_and_activating_are_events_with_who_did_it_and_no_secret() throws Exception {
        people.activate(token(), People.PASSWORD).andExpect(status().isNoContent());
        String adminId = jdbc.queryForObject("select id from account where username = 'admin'", String.class);

        List<Map<String, Object>> events = jdbc.queryForList("select payload_type, payload, meta_data "
                + "from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                opened.get("accountId").asText());

        assertThat(events).extracting(row -> row.get("payload_type").toString().replaceAll(".*\\.", ""))
                .containsExactly("AccountOpened", "MemberAdded", "AccountActivated");
        assertThat(text(events.get(0), "meta_data")).contains("\"accountId\":\"" + adminId + "\"");
        assertThat(text(events.get(2), "meta_data")).as("the person holding the token activated it")
                .contains("\"accountId\":\"" + opened.get("accountId").asText() + "\"");
        for (Map<String, Object> event : events) {
            assertThat(text(event, "payload")).doesNotContain(username).doesNotContain(token())
                    .doesNotContain(People.PASSWORD).doesNotContain("$2a$").doesNotContain("{bcrypt}");
        }
    }

    private String token() {
        return opened.get("activationToken").asText();
    }

    private People.Person person() {
        return new People.Person(username, opened.get("accountId").asText());
    }

    private static String text(Map<String, Object> row, String column) {
        return new String((byte[]) row.get(column), StandardCharsets.UTF_8);
    }
}
