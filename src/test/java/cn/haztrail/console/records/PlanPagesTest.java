package cn.haztrail.console.records;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R30 in the console: a producer files and amends its plan; the regulator of its region records or returns it. */
@IntegrationTest
class PlanPagesTest {

    private static final String FILING_NUMBER = "景环固计备〔2026〕021号";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    StepTimes times;
    Api api;
    String producer;
    String producerName;
    int year;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json, jdbc);
        year = times.now().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        // a producer of its own in 珠山区 (景德镇), so that each test files its plan for this year afresh
        producerName = "计划页面化工" + System.nanoTime();
        UUID producerId = UUID.fromString(api.read(api.post(Api.ADMIN, "/api/v1/enterprises", Map.of(
                "creditCode", TestCreditCodes.next("360203"), "name", producerName, "regionCode", "360203",
                "address", "景德镇市珠山区计划路2号", "contact", Map.of("name", "计划联系人", "phone", "0798-8000002"),
                "roles", List.of("PRODUCER"))).andExpect(status().isCreated())).get("id").asText());
        producer = "plan-page-producer-" + producerId;
        accounts.createIfAbsent(producer, Api.DEMO_PASSWORD, Role.PRODUCER, producerId, null);
        accounts.createIfAbsent("regulator-yc-page", Api.DEMO_PASSWORD, Role.REGULATOR, null, "360900");
    }

    /** The form as a producer fills it: one code in the third row, one storage, one receiver. */
    private MockHttpServletRequestBuilder planForm(String path, String code, String tonnes) {
        return post(path).with(csrf()).param("year", String.valueOf(year))
                .param("lines[2].wasteCode", code).param("lines[2].expectedTonnes", tonnes)
                .param("storageFacilities[0].name", "1号危废暂存间").param("storageFacilities[0].location", "厂区东北角")
                .param("storageFacilities[0].capacityTonnes", "30")
                .param("receivers[0].receiverId", DemoParties.DISPOSAL_CENTRE.toString())
                .param("receivers[0].methodCode", "D10")
                .param("reductionMeasures", "改进清洗工艺，废矿物油回收再用");
    }

    private String filed(MockHttpSession session) throws Exception {
        String location = mvc.perform(planForm("/console/records/plans", "900-249-08", "12.5").session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith("?done=filed");
        return location.substring(0, location.indexOf('?'));
    }

    private static long version(String page) {
        int at = page.indexOf("name=\"version\" value=\"");
        return Long.parseLong(page.substring(at + 22, page.indexOf('"', at + 22)));
    }

    @Test
    void R30_the_producer_files_its_plan_with_the_form_and_sees_it_waiting_for_recording() throws Exception {
        MockHttpSession session = RecordsPages.signIn(mvc, producer);
        assertThat(RecordsPages.page(mvc, session, "/console/records/plans/new"))
                .contains("<h1>申报危险废物管理计划</h1>", "计划产生量（按废物代码）", "贮存设施", "减量化措施");

        String page = RecordsPages.page(mvc, session, filed(session) + "?done=filed");

        assertThat(page).contains("管理计划已申报，等待生态环境部门备案。", "已申报，待备案", "900-249-08", "12.5 t",
                "1号危废暂存间，厂区东北角，30 t", "景德镇市危险废物综合处置中心 · D10", "改进清洗工艺，废矿物油回收再用");
    }

    @Test
    void R30_a_code_outside_the_list_is_refused_next_to_its_row_with_the_rules_chinese_text() throws Exception {
        MockHttpSession session = RecordsPages.signIn(mvc, producer);

        String page = mvc.perform(planForm("/console/records/plans", "999-999-99", "5").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-lines-2-wasteCode\"", "“999-999-99”不是", "(R30)", "value=\"999-999-99\"");
        assertThat(RecordsPages.page(mvc, session, "/console/records/plans")).contains("暂无管理计划。");
    }

    @Test
    void R30_tonnes_that_are_not_a_number_are_shown_next_to_the_field() throws Exception {
        String page = mvc.perform(planForm("/console/records/plans", "900-249-08", "十吨")
                        .session(RecordsPages.signIn(mvc, producer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-lines-2-expectedTonnes\"", "请填写数字（吨）");
    }

    @Test
    void R30_the_regulator_finds_the_filed_plan_and_records_it_with_a_filing_number() throws Exception {
        String plan = filed(RecordsPages.signIn(mvc, producer));
        MockHttpSession regulator = RecordsPages.signIn(mvc, "regulator-jdz");
        assertThat(RecordsPages.page(mvc, regulator, "/console/records/plans")).contains(producerName, "已申报，待备案");
        String seen = RecordsPages.page(mvc, regulator, plan);
        assertThat(seen).contains("审核第 1 版", "id=\"record-plan\"", "id=\"return-plan\"");

        mvc.perform(post(plan + "/recording").session(regulator).with(csrf()).param("filingNumber", FILING_NUMBER)
                .param("version", String.valueOf(version(seen)))).andExpect(status().is3xxRedirection());

        assertThat(RecordsPages.page(mvc, regulator, plan)).contains("已备案", FILING_NUMBER + " （第 1 版）")
                .doesNotContain("id=\"record-plan\"");
        assertThat(RecordsPages.page(mvc, RecordsPages.signIn(mvc, producer), plan)).contains(FILING_NUMBER);
        assertThat(RecordsPages.page(mvc, regulator, "/console/records/plans")).doesNotContain(
                "<td>" + producerName + "</td>");
    }

    @Test
    void R30_a_returned_plan_shows_the_reasons_and_its_amendment_waits_again() throws Exception {
        MockHttpSession producerSession = RecordsPages.signIn(mvc, producer);
        String plan = filed(producerSession);
        MockHttpSession regulator = RecordsPages.signIn(mvc, "regulator-jdz");
        mvc.perform(post(plan + "/return").session(regulator).with(csrf()).param("reasons", "未写明贮存设施容量核算依据")
                .param("version", String.valueOf(version(RecordsPages.page(mvc, regulator, plan)))))
                .andExpect(status().is3xxRedirection());
        assertThat(RecordsPages.page(mvc, producerSession, plan)).contains("已退回", "未写明贮存设施容量核算依据");

        String form = RecordsPages.page(mvc, producerSession, plan + "/amendment");
        assertThat(form).contains("变更 " + year + " 年度管理计划", "value=\"12.5\"");
        mvc.perform(planForm(plan + "/amendment", "900-249-08", "15").session(producerSession)
                        .param("version", String.valueOf(version(form))))
                .andExpect(status().is3xxRedirection());

        assertThat(RecordsPages.page(mvc, producerSession, plan)).contains("15 t", "data-version=\"2\"",
                "已申报，待备案", "未写明贮存设施容量核算依据");
    }

    @Test
    void R30_amending_a_plan_of_more_codes_than_the_blank_form_keeps_every_code() throws Exception {
        List<String> codes = List.of("900-249-08", "900-041-49", "336-064-17", "261-139-24", "193-002-21",
                "900-026-32", "900-200-08");
        String plan = api.post(producer, "/api/v1/plans", Map.of("year", year,
                        "lines", codes.stream().map(code -> Map.of("wasteCode", code, "expectedTonnes", 1)).toList(),
                        "storageFacilities", List.of(Map.of("name", "1号危废暂存间")),
                        "reductionMeasures", "分类收集")).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location").replace("/api/v1/", "/console/records/");

        String form = RecordsPages.page(mvc, RecordsPages.signIn(mvc, producer), plan + "/amendment");

        assertThat(codes).allSatisfy(code -> assertThat(form).contains("value=\"" + code + "\""));
        assertThat(form).contains("name=\"lines[7].wasteCode\"");
    }

    @Test
    void R30_a_blank_filing_number_is_refused_next_to_the_field_and_nothing_is_recorded() throws Exception {
        String plan = filed(RecordsPages.signIn(mvc, producer));
        MockHttpSession regulator = RecordsPages.signIn(mvc, "regulator-jdz");

        String page = mvc.perform(post(plan + "/recording").session(regulator).with(csrf()).param("filingNumber", " ")
                        .param("version", String.valueOf(version(RecordsPages.page(mvc, regulator, plan)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-filingNumber\"", "请填写备案号", "已申报，待备案");
    }

    @Test
    void R30_producers_of_the_city_without_a_recorded_plan_are_listed_for_its_regulator() throws Exception {
        MockHttpSession regulator = RecordsPages.signIn(mvc, "regulator-jdz");
        String first = RecordsPages.page(mvc, regulator, "/console/records/plans");
        assertThat(first).contains(year + " 年度未备案管理计划的产生单位");
        // the list pages (50 a page): the city's other producers may come first
        String page = first;
        int missingPage = 0;
        while (!page.contains("<td>" + producerName + "</td>") && page.contains("id=\"missing-next\"")) {
            page = RecordsPages.page(mvc, regulator, "/console/records/plans?missingPage=" + ++missingPage);
        }
        assertThat(page).contains("<td>" + producerName + "</td>");
    }

    @Test
    void R21_another_citys_regulator_finds_no_plan_and_other_roles_may_not_file_one() throws Exception {
        String plan = filed(RecordsPages.signIn(mvc, producer));
        MockHttpSession elsewhere = RecordsPages.signIn(mvc, "regulator-yc-page");

        mvc.perform(get(plan).session(elsewhere)).andExpect(status().isNotFound());
        mvc.perform(post(plan + "/recording").session(elsewhere).with(csrf()).param("filingNumber", FILING_NUMBER)
                .param("version", "0")).andExpect(status().isNotFound());
        assertThat(RecordsPages.page(mvc, elsewhere, "/console/records/plans")).doesNotContain(producerName);
        mvc.perform(get("/console/records/plans/new").session(RecordsPages.signIn(mvc, "carrier")))
                .andExpect(status().isForbidden());
        mvc.perform(planForm("/console/records/plans", "900-249-08", "1").session(RecordsPages.signIn(mvc, "receiver")))
                .andExpect(status().isForbidden());
        mvc.perform(post(plan + "/recording").session(RecordsPages.signIn(mvc, producer)).with(csrf())
                .param("filingNumber", FILING_NUMBER).param("version", "0")).andExpect(status().isForbidden());
    }

}
