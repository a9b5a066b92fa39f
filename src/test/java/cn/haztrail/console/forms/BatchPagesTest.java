package cn.haztrail.console.forms;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The batch registration form: the same command as the API, refusals in Chinese next to their field. */
@IntegrationTest
class BatchPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void R06_a_producer_registers_a_batch_with_the_form_and_sees_its_page_and_label() throws Exception {
        MockHttpSession session = ConsoleSessions.signIn(mvc, "producer");
        mvc.perform(get("/console/batches/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"wasteCode\">废物代码</label>")));

        String page = mvc.perform(batch(session, "废矿物油 95%，水 5%（表单）").param("hazardCharacteristics", "T", "I"))
                .andExpect(redirectedUrlPattern("/console/batches/*")).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(page).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("900-249-08")))
                .andExpect(content().string(containsString("废矿物油 95%，水 5%（表单）")));
        mvc.perform(get(page + "/label.png").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
    }

    @Test
    void R06_a_refused_batch_shows_the_chinese_reason_next_to_the_hazards_and_stores_nothing() throws Exception {
        MockHttpSession session = ConsoleSessions.signIn(mvc, "producer");

        mvc.perform(batch(session, "拒绝的批次（表单）").param("hazardCharacteristics", "C"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hazardCharacteristics-error\"")))
                .andExpect(content().string(containsString("900-249-08 的批次须")));

        assertThat(jdbc.queryForObject("select count(*) from batch_view where main_components = ?", Long.class,
                "拒绝的批次（表单）")).isZero();
    }

    @Test
    void a_missing_storage_place_is_shown_next_to_its_field() throws Exception {
        MockHttpSession session = ConsoleSessions.signIn(mvc, "producer");

        mvc.perform(batch(session, "无贮存位置（表单）", "").param("hazardCharacteristics", "T", "I"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"storageLocation-error\">不能为空")));
    }

    @Test
    void a_carrier_may_not_open_the_batch_form() throws Exception {
        MockHttpSession session = ConsoleSessions.signIn(mvc, "carrier");

        mvc.perform(get("/console/batches/new").session(session)).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder batch(MockHttpSession session, String components) {
        return batch(session, components, "1号危废暂存间 A-03");
    }

    private MockHttpServletRequestBuilder batch(MockHttpSession session, String components, String storage) {
        return post("/console/batches/new").session(session).with(csrf())
                .param("wasteCode", "900-249-08").param("quantityValue", "120.5").param("quantityUnit", "kg")
                .param("physicalForm", "LIQUID").param("packagingType", "DRUM").param("packagingCount", "2")
                .param("mainComponents", components)
                .param("generatedAt", ConsoleSessions.generatedAtWithLabelsLeft(jdbc))
                .param("storageLocation", storage);
    }
}
