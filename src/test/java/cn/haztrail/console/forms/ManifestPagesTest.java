package cn.haztrail.console.forms;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Drafting and submitting a manifest with the console, and the "waiting for me" list that leads there. */
@IntegrationTest
class ManifestPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void R11_the_draft_form_creates_a_manifest_and_submitting_it_assigns_the_14_digit_number() throws Exception {
        MockHttpSession producer = ConsoleSessions.signIn(mvc, "producer");
        String page = draft(producer, batch(producer, "联单表单测试 A"));
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        mvc.perform(get(page).session(producer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submit-manifest\"")))
                .andExpect(content().string(containsString("草稿")));

        mvc.perform(post(page + "/submit").session(producer).with(csrf())).andExpect(status().is3xxRedirection());

        String number = jdbc.queryForObject("select number from manifest_view where id = ?", String.class, id);
        assertThat(number).matches("\\d{14}");
        mvc.perform(get(page).session(producer)).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("已提交")))
                .andExpect(content().string(containsString("<dd><span>景德镇市安运危险货物运输有限公司</span></dd>")));
        mvc.perform(get(page + "/document.pdf").session(producer)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void a_draft_cancelled_after_the_page_was_opened_is_not_submitted_and_the_page_says_it_changed() throws Exception {
        MockHttpSession producer = ConsoleSessions.signIn(mvc, "producer");
        String page = draft(producer, batch(producer, "联单表单测试 C"));
        String id = page.substring(page.lastIndexOf('/') + 1);
        Matcher seen = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(mvc.perform(get(page)
                .session(producer)).andReturn().getResponse().getContentAsString());
        assertThat(seen.find()).as("the submit form carries the version").isTrue();
        new Api(mvc, json, jdbc).post("producer", "/api/v1/manifests/" + id + "/cancel", Map.of("reason", "计划取消"))
                .andExpect(status().isOk());

        mvc.perform(post(page + "/submit").session(producer).with(csrf()).param("version", seen.group(1)))
                .andExpect(flash().attribute("refusal", containsString("您打开本页后记录已被更新")));

        assertThat(jdbc.queryForObject("select status from manifest_view where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("CANCELLED");
    }

    @Test
    void waiting_for_me_lists_a_draft_to_submit() throws Exception {
        MockHttpSession producer = ConsoleSessions.signIn(mvc, "producer");
        String page = draft(producer, batch(producer, "联单表单测试 B"));

        mvc.perform(get("/console/enterprise").session(producer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + page + "\">提交</a>")));
    }

    @Test
    void R21_a_carrier_may_neither_open_the_draft_form_nor_submit_the_producers_manifest() throws Exception {
        MockHttpSession producer = ConsoleSessions.signIn(mvc, "producer");
        String page = draft(producer, batch(producer, "联单表单测试 C"));
        MockHttpSession carrier = ConsoleSessions.signIn(mvc, "carrier");

        mvc.perform(get("/console/manifests/new").session(carrier)).andExpect(status().isForbidden());
        mvc.perform(post(page + "/submit").session(carrier).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void R10_a_draft_without_batches_is_shown_next_to_the_batches_and_stores_nothing() throws Exception {
        MockHttpSession producer = ConsoleSessions.signIn(mvc, "producer");
        long before = jdbc.queryForObject("select count(*) from manifest_view", Long.class);

        mvc.perform(post("/console/manifests/new").session(producer).with(csrf())
                        .param("receiverId", enterprise("景德镇市危险废物综合处置中心").toString())
                        .param("firstCarrierId", enterprise("景德镇市安运危险货物运输有限公司").toString())
                        .param("vehiclePlate", "赣H12345").param("plannedDate", tomorrow()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"batchIds-error\"")));

        assertThat(jdbc.queryForObject("select count(*) from manifest_view", Long.class)).isEqualTo(before);
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

    private String draft(MockHttpSession session, String batchId) throws Exception {
        return mvc.perform(post("/console/manifests/new").session(session).with(csrf()).param("batchIds", batchId)
                        .param("receiverId", enterprise("景德镇市危险废物综合处置中心").toString())
                        .param("firstCarrierId", enterprise("景德镇市安运危险货物运输有限公司").toString())
                        .param("vehiclePlate", "赣H12345").param("plannedDate", tomorrow())
                        .param("plannedMethod", "D10"))
                .andExpect(redirectedUrlPattern("/console/manifests/*")).andReturn().getResponse().getRedirectedUrl();
    }

    private UUID enterprise(String name) {
        return jdbc.queryForObject("select id from enterprise_view where name = ?", UUID.class, name);
    }

    private static String tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    }
}
