package cn.haztrail.console.forms;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The draft form sends a chosen batch under a targeted-utilization exemption (R37): the chemical plant's waste
 * mineral oil to the cement plant for R9, under an exemption the regulator of 景德镇 recorded.
 */
@IntegrationTest
class ExemptLinePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void R37_a_batch_sent_under_an_exemption_chosen_on_the_form_shows_it_on_the_manifests_line() throws Exception {
        String exemptionId = exemption();
        MockHttpSession producer = ConsoleSessions.signIn(mvc, "producer");
        String batchId = batch(producer, "豁免联单表单测试 A");
        mvc.perform(get("/console/manifests/new").session(producer)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<label for=\"exemption-" + batchId + "\">"),
                        containsString("id=\"exemption-" + batchId + "\" name=\"exemptions[" + batchId + "]\""),
                        containsString("value=\"" + exemptionId + "\""))));

        String page = draft(producer, batchId, exemptionId)
                .andExpect(redirectedUrlPattern("/console/manifests/*")).andReturn().getResponse()
                .getRedirectedUrl();

        mvc.perform(get(page).session(producer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td class=\"mono\">" + exemptionId + "</td>")));
    }

    @Test
    void R37_a_revoked_exemption_is_refused_next_to_the_batchs_exemption_choice() throws Exception {
        String exemptionId = exemption();
        new Api(mvc, json, jdbc).post("regulator-jdz", "/api/v1/exemptions/" + exemptionId + "/revocation",
                Map.of("reason", "利用单位整改")).andExpect(status().isOk());
        MockHttpSession producer = ConsoleSessions.signIn(mvc, "producer");
        String batchId = batch(producer, "豁免联单表单测试 B");
        long before = jdbc.queryForObject("select count(*) from manifest_view", Long.class);

        draft(producer, batchId, exemptionId).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"exemption-" + batchId + "-error\"")))
                .andExpect(content().string(containsString("(R37)</span>")));

        assertThat(jdbc.queryForObject("select count(*) from manifest_view", Long.class)).isEqualTo(before);
    }

    private String exemption() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        return api.read(api.post("regulator-jdz", "/api/v1/exemptions", Map.of(
                "producerId", DemoParties.CHEMICAL_PLANT.toString(), "utilizerId", DemoParties.CEMENT_PLANT.toString(),
                "wasteCode", "900-249-08", "methodCode", "R9", "quantityCapTonnes", "100",
                "validFrom", "2026-01-01", "validTo", "2099-12-31")).andExpect(status().isCreated())).get("id").asText();
    }

    private String batch(MockHttpSession session, String components) throws Exception {
        String page = mvc.perform(post("/console/batches/new").session(session).with(csrf())
                        .param("wasteCode", "900-249-08").param("quantityValue", "80").param("quantityUnit", "kg")
                        .param("physicalForm", "LIQUID").param("packagingType", "DRUM").param("packagingCount", "1")
                        .param("hazardCharacteristics", "T", "I").param("mainComponents", components)
                        .param("generatedAt", ConsoleSessions.generatedAtWithLabelsLeft(jdbc))
                        .param("storageLocation", "A-03"))
                .andExpect(redirectedUrlPattern("/console/batches/*")).andReturn().getResponse().getRedirectedUrl();
        return page.substring(page.lastIndexOf('/') + 1);
    }

    private ResultActions draft(MockHttpSession session, String batchId, String exemptionId) throws Exception {
        return mvc.perform(post("/console/manifests/new").session(session).with(csrf()).param("batchIds", batchId)
                .param("exemptions[" + batchId + "]", exemptionId)
                .param("receiverId", DemoParties.CEMENT_PLANT.toString())
                .param("firstCarrierId", DemoParties.CARRIER.toString())
                .param("vehiclePlate", "赣H12345")
                .param("plannedDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString())
                .param("plannedMethod", "R9"));
    }
}
