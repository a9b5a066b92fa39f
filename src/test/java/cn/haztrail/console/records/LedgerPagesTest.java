package cn.haztrail.console.records;

import cn.haztrail.report.ReportScenario;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger pages on the hand-computed year of {@link ReportScenario}: the facility in 渝水区 received 10 t, 6 t (of
 * 8 t) and 5 t, utilized or disposed of 10 t and 6 t, and keeps 5 t in storage.
 */
@IntegrationTest
class LedgerPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    Api api;
    ReportScenario scenario;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json, jdbc);
        scenario = ReportScenario.once(api, accounts);
        new StreamingProcessors(api, jdbc).awaitCaughtUp("oversight");
    }

    @Test
    void HJ1259_the_facility_sees_its_year_in_chinese_received_21_t_treated_16_t_5_t_in_storage() throws Exception {
        String page = RecordsPages.page(mvc, RecordsPages.signIn(mvc, "xy-receiver"),
                "/console/records/ledger?grain=YEAR");

        assertThat(page).contains("<h1>危险废物管理台账</h1>", "新余市危险废物处置中心有限公司", "接收入库", "利用处置");
        String year = section(page, "data-period=\"" + scenario.year + "\"");
        assertThat(year).contains("<td class=\"received\">21.000 t</td>", "<td>16.000 t</td>", "<td>5.000 t</td>");
    }

    @Test
    void HJ1259_the_incoming_register_lists_the_three_receipts_by_weight() throws Exception {
        String page = RecordsPages.page(mvc, RecordsPages.signIn(mvc, "xy-receiver"),
                "/console/records/ledger?register=INCOMING");

        assertThat(page).contains("台账记录（共 3 条）", "10000 kg", "6000 kg", "5000 kg", "新余市渝水精细化工有限公司")
                .doesNotContain("data-movement=\"DISPOSED\"");
    }

    @Test
    void R21_the_regulator_of_the_city_picks_the_facility_and_another_citys_regulator_is_refused() throws Exception {
        String path = "/console/records/ledger?grain=YEAR&enterprise=" + scenario.receiver;

        assertThat(RecordsPages.page(mvc, RecordsPages.signIn(mvc, "regulator-xy"), path))
                .contains("<td class=\"received\">21.000 t</td>", "<option value=\"" + scenario.receiver + "\"");
        mvc.perform(get(path).session(RecordsPages.signIn(mvc, "regulator-jdz"))).andExpect(status().isForbidden());
        mvc.perform(get(path).session(RecordsPages.signIn(mvc, "xy-producer"))).andExpect(status().isForbidden());
    }

    @Test
    void HJ1259_a_code_not_on_the_list_is_shown_in_chinese_next_to_the_field() throws Exception {
        String page = RecordsPages.page(mvc, RecordsPages.signIn(mvc, "xy-receiver"),
                "/console/records/ledger?wasteCode=999-999-99&from=2026-13-01");

        assertThat(page).contains("id=\"error-wasteCode\"", "不是《国家危险废物名录》中的代码", "id=\"error-from\"",
                "请填写有效日期").doesNotContain("id=\"ledger-lines\"");
    }

    @Test
    void HJ1259_an_export_of_the_incoming_register_runs_shows_its_progress_and_downloads_as_csv() throws Exception {
        MockHttpSession session = RecordsPages.signIn(mvc, "xy-receiver");
        String job = mvc.perform(post("/console/records/ledger/exports").session(session).with(csrf())
                        .param("register", "INCOMING").param("format", "CSV"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/console/records/ledger/exports/").contains("enterprise=" + scenario.receiver);

        String done = RecordsPages.until(() -> RecordsPages.page(mvc, session, job),
                page -> !page.contains("正在导出"), "the export to finish");
        assertThat(done).contains("已完成", "已写入 3 / 3 条", "id=\"download-export\"");
        String file = job.replace("?", "/file?");
        MockHttpServletResponse csv = mvc.perform(get(file).session(session)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("日期", "900-249-08");
        mvc.perform(get(file).session(RecordsPages.signIn(mvc, "regulator-jdz"))).andExpect(status().isForbidden());
    }

    private static String section(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
