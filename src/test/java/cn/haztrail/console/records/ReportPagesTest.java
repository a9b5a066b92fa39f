package cn.haztrail.console.records;

import cn.haztrail.report.ReportScenario;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Annual reports (R33) and capacity (R35) in the console, on the hand-computed year of {@link ReportScenario}: the
 * facility in 渝水区 received 21 t (10 t HW08 for R9, 6 t HW08 for D10, 5 t HW17 for D10), utilized 10 t, disposed
 * of 6 t and keeps 5 t; its licence of 60 t has an HW08 line of 40 t. The review flow uses the facility in 分宜县,
 * which received nothing, so that it does not depend on the API tests' submissions of the first.
 */
@IntegrationTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    Api api;
    ReportScenario scenario;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json, jdbc);
        scenario = ReportScenario.once(api, accounts);
        accounts.createIfAbsent("fy-receiver-page", Api.DEMO_PASSWORD, Role.RECEIVER, scenario.receiverFenyi, null);
        new StreamingProcessors(api, jdbc).awaitCaughtUp("oversight");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void R33_the_facility_sees_the_figures_computed_for_its_year_in_chinese() throws Exception {
        String page = RecordsPages.page(mvc, RecordsPages.signIn(mvc, "xy-receiver"), reportOf(scenario.receiver));

        assertThat(page).contains("新余市危险废物处置中心有限公司 " + scenario.year + " 年度经营情况年报", "接收量",
                "年末贮存量", "按类别和方式的接收量（重新计算）");
        assertThat(row(page, "data-figure=\"receivedTonnes\"")).contains("<td class=\"recomputed\">21.000 t</td>");
        assertThat(row(page, "data-figure=\"utilizedTonnes\"")).contains("10.000 t");
        assertThat(row(page, "data-figure=\"disposedTonnes\"")).contains("6.000 t");
        assertThat(row(page, "data-figure=\"storedAtEndTonnes\"")).contains("5.000 t");
    }

    @Test
    void R33_submitted_returned_with_reasons_submitted_again_and_acknowledged_on_the_pages() throws Exception {
        moveClockTo(LocalDate.of(scenario.year + 1, 1, 6));
        MockHttpSession holder = RecordsPages.signIn(mvc, "fy-receiver-page");
        String path = reportOf(scenario.receiverFenyi);
        assertThat(RecordsPages.page(mvc, holder, path)).contains("未提交", "id=\"submit-report\"");
        mvc.perform(post(path + "/submission").session(holder).with(csrf())).andExpect(status().is3xxRedirection());

        MockHttpSession regulator = RecordsPages.signIn(mvc, "regulator-xy");
        assertThat(row(RecordsPages.page(mvc, regulator, "/console/records/reports?year=" + scenario.year),
                "data-holder=\"" + scenario.receiverFenyi + "\"")).contains("已提交，待确认");
        String review = RecordsPages.page(mvc, regulator, path);
        assertThat(review).contains("提交值", "重新计算值", "审核第 1 版", "id=\"acknowledge-report\"");
        mvc.perform(post(path + "/return").session(regulator).with(csrf()).param("version", "1")
                .param("reasons", "请附贮存设施台账\n请说明全年未接收的原因")).andExpect(status().is3xxRedirection());

        String returned = RecordsPages.page(mvc, holder, path);
        assertThat(returned).contains("已退回，待重新提交", "<li>请附贮存设施台账</li>", "<li>请说明全年未接收的原因</li>",
                "重新提交年报");
        mvc.perform(post(path + "/submission").session(holder).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/acknowledgement").session(regulator).with(csrf()).param("version", "1"))
                .andExpect(status().isOk());
        mvc.perform(post(path + "/acknowledgement").session(regulator).with(csrf()).param("version", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(RecordsPages.page(mvc, holder, path)).contains("已确认").doesNotContain("id=\"submit-report\"");
    }

    @Test
    void R34_a_report_cannot_be_submitted_before_its_year_is_over_and_the_page_says_why() throws Exception {
        MockHttpSession holder = RecordsPages.signIn(mvc, "fy-receiver-page");
        String path = "/console/records/reports/" + scenario.receiverFenyi + "/" + (scenario.year + 1);

        String page = mvc.perform(post(path + "/submission").session(holder).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"form-error\"", "该年度结束后", "(R34)");
    }

    @Test
    void R21_another_citys_regulator_finds_no_report_and_a_producer_has_no_report_pages() throws Exception {
        String path = reportOf(scenario.receiver);

        mvc.perform(get(path).session(RecordsPages.signIn(mvc, "regulator-jdz"))).andExpect(status().isNotFound());
        mvc.perform(post(path + "/return").session(RecordsPages.signIn(mvc, "regulator-jdz")).with(csrf())
                .param("version", "1").param("reasons", "越权")).andExpect(status().isNotFound());
        mvc.perform(get("/console/records/reports").session(RecordsPages.signIn(mvc, "xy-producer")))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/submission").session(RecordsPages.signIn(mvc, "xy-producer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void R35_the_regulator_sees_generation_against_capacity_per_county_and_category() throws Exception {
        String page = RecordsPages.page(mvc, RecordsPages.signIn(mvc, "regulator-xy"),
                "/console/records/capacity?year=" + scenario.year);

        assertThat(page).contains("利用处置能力与产生量", "渝水区", "分宜县", "含砷");
        assertThat(row(page, "data-row=\"360502/HW08\"")).contains("<td>18.000 t</td>", "<td>40.000 t</td>");
        mvc.perform(get("/console/records/capacity?region=360502").session(RecordsPages.signIn(mvc, "regulator-jdz")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/records/capacity").session(RecordsPages.signIn(mvc, "xy-receiver")))
                .andExpect(status().isForbidden());
    }

    private String reportOf(java.util.UUID holder) {
        return "/console/records/reports/" + holder + "/" + scenario.year;
    }

    private void moveClockTo(LocalDate day) {
        Instant target = day.atTime(10, 0).atZone(ReportScenario.SHANGHAI).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private static String row(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
