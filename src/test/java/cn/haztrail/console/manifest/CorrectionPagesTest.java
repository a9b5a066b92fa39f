package cn.haztrail.console.manifest;

import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.manifest.CustodyFlow.SubmittedOil;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R20 in the console: the parties a correction awaits see it, before and after in Chinese, and decide on it. */
@IntegrationTest
class CorrectionPagesTest {

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

    /** A submitted manifest on which the producer proposes another vehicle: the carrier and receiver must approve. */
    private String[] proposedPlateChange() throws Exception {
        SubmittedOil manifest = flow.submittedOil(1);
        String location = api.post("producer", "/api/v1/manifests/" + manifest.id() + "/corrections",
                        Map.of("changes", Map.of("vehiclePlate", "赣H67890"), "reason", "原车辆故障，改派备用车"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return new String[]{manifest.id(), location.substring(location.lastIndexOf('/') + 1)};
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    private JsonNode correctionOf(String manifestId) throws Exception {
        return api.read(api.get("producer", "/api/v1/manifests/" + manifestId)).get("corrections").get(0);
    }

    private static String page(String[] correction) {
        return "/console/manifests/" + correction[0] + "/corrections/" + correction[1];
    }

    @Test
    void R20_the_carriers_waiting_list_leads_to_the_correction_it_must_approve() throws Exception {
        String[] correction = proposedPlateChange();

        mvc.perform(get("/console/enterprise").session(signIn("carrier")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-action=\"APPROVE_CORRECTION\""),
                        containsString("href=\"" + page(correction) + "\""), containsString("审核更正"))));
    }

    @Test
    void R20_the_correction_page_shows_the_field_before_and_after_in_chinese_with_the_buttons() throws Exception {
        String[] correction = proposedPlateChange();

        mvc.perform(get(page(correction)).session(signIn("carrier")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("车牌号"), containsString("赣H12345"),
                        containsString("赣H67890"), containsString("原车辆故障，改派备用车"), containsString("待审核"),
                        containsString("id=\"approve-correction\""), containsString("id=\"reject-correction\""),
                        containsString("<label for=\"reason\">拒绝理由</label>"))));
    }

    @Test
    void R20_the_proposer_sees_its_correction_without_buttons() throws Exception {
        String[] correction = proposedPlateChange();

        mvc.perform(get(page(correction)).session(signIn("producer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("赣H67890"),
                        not(containsString("id=\"approve-correction\"")))));
    }

    @Test
    void R20_the_correction_applies_when_the_carrier_and_the_receiver_approved_it_with_the_button() throws Exception {
        String[] correction = proposedPlateChange();

        mvc.perform(post(page(correction) + "/approve").session(signIn("carrier")).with(csrf()))
                .andExpect(redirectedUrl(page(correction) + "?done=approved"));
        assertThat(correctionOf(correction[0]).get("state").asText()).isEqualTo("PENDING");
        mvc.perform(post(page(correction) + "/approve").session(signIn("receiver")).with(csrf()))
                .andExpect(redirectedUrl(page(correction) + "?done=approved"));

        assertThat(correctionOf(correction[0]).get("state").asText()).isEqualTo("APPLIED");
        assertThat(api.read(api.get("producer", "/api/v1/manifests/" + correction[0])).get("vehiclePlate").asText())
                .isEqualTo("赣H67890");
    }

    @Test
    void R20_a_party_refuses_the_correction_with_a_reason_and_the_plate_stays() throws Exception {
        String[] correction = proposedPlateChange();
        MockHttpSession receiver = signIn("receiver");

        mvc.perform(post(page(correction) + "/reject").session(receiver).with(csrf()).param("reason", "备用车无危废运输资质"))
                .andExpect(redirectedUrl(page(correction) + "?done=rejected"));

        assertThat(correctionOf(correction[0]).get("state").asText()).isEqualTo("REJECTED");
        mvc.perform(get(page(correction) + "?done=rejected").session(receiver))
                .andExpect(content().string(allOf(containsString("您已拒绝该更正"), containsString("已拒绝"))));
    }

    @Test
    void R20_a_party_that_already_approved_is_refused_in_chinese_and_nothing_changes() throws Exception {
        String[] correction = proposedPlateChange();
        MockHttpSession carrier = signIn("carrier");
        mvc.perform(post(page(correction) + "/approve").session(carrier).with(csrf()));

        mvc.perform(post(page(correction) + "/reject").session(carrier).with(csrf()).param("reason", "改主意了"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"step-error\""),
                        containsString("该方无需对此更正作出决定 (R20)"))));

        assertThat(correctionOf(correction[0]).get("state").asText()).isEqualTo("PENDING");
    }

    @Test
    void a_refusal_reason_over_500_characters_is_shown_next_to_the_reason_field_and_nothing_changes()
            throws Exception {
        String[] correction = proposedPlateChange();

        mvc.perform(post(page(correction) + "/reject").session(signIn("receiver")).with(csrf())
                        .param("reason", "理".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-reason\"")));

        assertThat(correctionOf(correction[0]).get("state").asText()).isEqualTo("PENDING");
    }

    @Test
    void R20_a_producer_proposes_another_vehicle_with_the_form_and_the_other_parties_are_asked() throws Exception {
        SubmittedOil manifest = flow.submittedOil(1);
        MockHttpSession producer = signIn("producer");
        mvc.perform(get("/console/manifests/" + manifest.id()).session(producer))
                .andExpect(content().string(containsString("id=\"propose-correction\"")));
        String form = mvc.perform(get("/console/manifests/" + manifest.id() + "/corrections/new").session(producer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<label for=\"vehiclePlate\">车牌号</label>", "value=\"赣H12345\"");

        mvc.perform(post("/console/manifests/" + manifest.id() + "/corrections").session(producer).with(csrf())
                .param("vehiclePlate", "赣H67890").param("reason", "原车辆故障"));

        JsonNode correction = correctionOf(manifest.id());
        assertThat(correction.get("state").asText()).isEqualTo("PENDING");
        assertThat(correction.get("changes").get(0).get("newValue").asText()).isEqualTo("赣H67890");
        assertThat(correction.get("awaitingApprovalOf")).hasSize(2);
    }

    @Test
    void R20_a_proposal_that_changes_nothing_is_refused_in_chinese_and_nothing_is_proposed() throws Exception {
        SubmittedOil manifest = flow.submittedOil(1);
        MockHttpSession producer = signIn("producer");
        String plannedDate = api.read(api.get("producer", "/api/v1/manifests/" + manifest.id()))
                .get("plannedDate").asText();

        mvc.perform(post("/console/manifests/" + manifest.id() + "/corrections").session(producer).with(csrf())
                        .param("plannedDate", plannedDate).param("vehiclePlate", "赣H12345")
                        .param("plannedMethod", "D10").param("reason", "无"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"step-error\""), containsString("更正至少须修改一个字段 (R20)"))));

        assertThat(api.read(api.get("producer", "/api/v1/manifests/" + manifest.id())).get("corrections"))
                .isEmpty();
    }

    @Test
    void R21_an_enterprise_not_on_the_manifest_cannot_approve() throws Exception {
        String[] correction = proposedPlateChange();

        mvc.perform(post(page(correction) + "/approve").session(signIn("regulator-jdz")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
