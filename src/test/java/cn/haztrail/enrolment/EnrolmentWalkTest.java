package cn.haztrail.enrolment;

import cn.haztrail.demo.DemoParties;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From "my company is not registered" to acting for it, through the API only: apply, the regulator of the region
 * approves, the applicant fetches its first manager's activation token with its tracking token (R28), activates,
 * signs in, registers waste and signs a manifest for it.
 */
@IntegrationTest
class EnrolmentWalkTest {

    private static final String PASSWORD = "kiln-fired porcelain 2031";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Api api;
    Applicant applicant;
    Map<String, Object> application;
    String id;
    String tracking;

    @BeforeEach
    void anApplication() throws Exception {
        api = new Api(mvc, json, jdbc);
        applicant = new Applicant(mvc, json);
        application = Applicant.producer();
        JsonNode applied = applicant.read(applicant.apply(application).andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.state").value("PENDING"))
                .andReturn().getResponse().getContentAsString());
        id = applied.get("id").asText();
        tracking = applied.get("trackingToken").asText();
    }

    @Test
    void R28_an_applicant_becomes_the_manager_of_its_registered_enterprise_and_signs_a_manifest() throws Exception {
        api.post("regulator-jdz", Applicant.BASE + "/" + id + "/approval", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
        JsonNode issued = applicant.read(applicant.fetchActivationToken(id, tracking)
                .andExpect(status().isCreated()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString());
        activate(issued.get("activationToken").asText()).andExpect(status().isNoContent());
        String username = (String) application.get("managerUsername");
        String enterpriseId = applicant.read(applicant.read(id, tracking).andReturn().getResponse()
                .getContentAsString()).get("enterpriseId").asText();

        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.memberships[0].enterpriseId").value(enterpriseId))
                .andExpect(jsonPath("$.memberships[0].creditCode").value(application.get("creditCode")))
                .andExpect(jsonPath("$.memberships[0].memberRole").value("MANAGER"));
        String batchId = applicant.read(mvc.perform(post("/api/v1/batches").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(oil())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        String manifestId = applicant.read(signedIn(username, "/api/v1/manifests", Map.of(
                        "receiverId", DemoParties.DISPOSAL_CENTRE, "carrierIds", List.of(DemoParties.CARRIER),
                        "vehiclePlate", "赣H12345", "plannedDate", LocalDate.now(clock).toString(),
                        "batchIds", List.of(batchId), "plannedMethod", "D10"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        signedIn(username, "/api/v1/manifests/" + manifestId + "/submit", Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").isNotEmpty());
    }

    private org.springframework.test.web.servlet.ResultActions signedIn(String username, String path, Object body)
            throws Exception {
        return mvc.perform(post(path).with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    @Test
    void R28_the_applicant_reads_its_approved_application_with_the_enterprise_and_manager() throws Exception {
        api.post(Api.ADMIN, Applicant.BASE + "/" + id + "/approval", null).andExpect(status().isOk());

        applicant.read(id, tracking).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.enterpriseId").isNotEmpty())
                .andExpect(jsonPath("$.decidedAt").isNotEmpty())
                .andExpect(jsonPath("$.managerUsername").value(application.get("managerUsername")));
    }

    @Test
    void R28_a_fresh_activation_token_makes_the_earlier_one_stop_working() throws Exception {
        api.post("regulator-jdz", Applicant.BASE + "/" + id + "/approval", null).andExpect(status().isOk());
        String first = token();
        String second = token();

        activate(first).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R28"));
        activate(second).andExpect(status().isNoContent());
    }

    @Test
    void R28_no_activation_token_once_the_manager_is_activated() throws Exception {
        api.post("regulator-jdz", Applicant.BASE + "/" + id + "/approval", null).andExpect(status().isOk());
        activate(token()).andExpect(status().isNoContent());

        applicant.fetchActivationToken(id, tracking).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R28"));
    }

    @Test
    void R28_no_activation_token_before_approval() throws Exception {
        applicant.fetchActivationToken(id, tracking).andExpect(status().isConflict());
    }

    @Test
    void R28_no_activation_token_with_a_wrong_tracking_token() throws Exception {
        api.post("regulator-jdz", Applicant.BASE + "/" + id + "/approval", null).andExpect(status().isOk());

        applicant.fetchActivationToken(id, tracking + "x").andExpect(status().isNotFound());
    }

    @Test
    void R22_the_application_is_recorded_as_the_applicants_and_the_approval_as_the_regulators() throws Exception {
        api.post("regulator-jdz", Applicant.BASE + "/" + id + "/approval", null).andExpect(status().isOk());

        List<String> metadata = jdbc.queryForList("select meta_data from domain_event_entry "
                        + "where aggregate_identifier = ? order by sequence_number", byte[].class, id).stream()
                .map(String::new).toList();
        assertThat(metadata.get(0)).contains("\"accountId\":\"applicant\"");
        assertThat(metadata.get(1)).contains("\"role\":\"REGULATOR\"");
        List<String> payloads = jdbc.queryForList("select payload from domain_event_entry "
                + "where aggregate_identifier = ?", byte[].class, id).stream().map(String::new).toList();
        assertThat(String.join("\n", payloads)).doesNotContain("刘申请", "0798-8000001", "hse@apply.example.cn",
                (String) application.get("managerUsername"), tracking);
    }

    private String token() throws Exception {
        return applicant.read(applicant.fetchActivationToken(id, tracking).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("activationToken").asText();
    }

    private org.springframework.test.web.servlet.ResultActions activate(String token) throws Exception {
        return mvc.perform(post("/api/v1/accounts/activation").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("token", token, "password", PASSWORD))));
    }

    private static Map<String, Object> oil() {
        return Map.of("wasteCode", "900-249-08", "quantity", Map.of("value", "50", "unit", "kg"),
                "physicalForm", "LIQUID", "packaging", Map.of("type", "DRUM", "count", 1),
                "hazardCharacteristics", List.of("T", "I"), "mainComponents", "废机油",
                "generatedAt", Instant.now().minusSeconds(3600).toString(), "storageLocation", "暂存间");
    }
}
