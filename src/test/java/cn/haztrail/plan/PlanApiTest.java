package cn.haztrail.plan;

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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R30 through the API: filing, return with reasons, amendment, recording, and the producers without a plan. */
@IntegrationTest
class PlanApiTest {

    private static final String PLANS = "/api/v1/plans";
    private static final String REGULATOR_YC = "regulator-yc-test";

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
    UUID producerId;
    int year;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json, jdbc);
        accounts.createIfAbsent(REGULATOR_YC, Api.DEMO_PASSWORD, Role.REGULATOR, null, "360900");
        year = times.now().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        // a producer of its own in 珠山区 (景德镇), so that each test files its plan for this year afresh
        Map<String, Object> enterprise = Map.of("creditCode", TestCreditCodes.next("360203"),
                "name", "计划测试化工" + System.nanoTime(), "regionCode", "360203", "address", "景德镇市珠山区计划路1号",
                "contact", Map.of("name", "计划联系人", "phone", "0798-8000000"), "roles", List.of("PRODUCER"));
        producerId = UUID.fromString(api.read(api.post(Api.ADMIN, "/api/v1/enterprises", enterprise)
                .andExpect(status().isCreated())).get("id").asText());
        producer = "plan-producer-" + producerId;
        accounts.createIfAbsent(producer, Api.DEMO_PASSWORD, Role.PRODUCER, producerId, null);
    }

    private Map<String, Object> plan(String tonnes) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("lines", List.of(Map.of("wasteCode", "900-249-08", "expectedTonnes", new BigDecimal(tonnes))));
        body.put("storageFacilities", List.of(Map.of("name", "1号危废暂存间", "location", "厂区东北角",
                "capacityTonnes", 30)));
        body.put("receivers", List.of(Map.of("receiverId", DemoParties.DISPOSAL_CENTRE.toString(),
                "methodCode", "D10")));
        body.put("reductionMeasures", "改进清洗工艺，废矿物油回收再用");
        return body;
    }

    private Map<String, Object> amendment(String tonnes) {
        Map<String, Object> body = plan(tonnes);
        body.remove("year");
        return body;
    }

    private String filed() throws Exception {
        return api.post(producer, PLANS, plan("10")).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
    }

    @Test
    void R30_filed_returned_with_reasons_amended_and_recorded_with_a_filing_number() throws Exception {
        String location = api.post(producer, PLANS, plan("10"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.year").value(year))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("FILED"))
                .andExpect(jsonPath("$.producer.regionCode").value("360203"))
                .andExpect(jsonPath("$.contents.lines[0].expectedTonnes").value(10))
                .andReturn().getResponse().getHeader("Location");

        api.post("regulator-jdz", location + "/return", Map.of("reasons", "未写明贮存设施容量核算依据"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.versions[0].outcome").value("RETURNED"))
                .andExpect(jsonPath("$.versions[0].reasons").value("未写明贮存设施容量核算依据"));
        api.post("regulator-jdz", location + "/recording", Map.of("filingNumber", "景环固计备〔2026〕001号"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R30"));

        api.post(producer, location + "/amendment", amendment("12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("FILED"))
                .andExpect(jsonPath("$.contents.lines[0].expectedTonnes").value(12));

        api.post("regulator-jx", location + "/recording", Map.of("filingNumber", "景环固计备〔2026〕001号"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.status").value("RECORDED"))
                .andExpect(jsonPath("$.recordedVersion").value(2))
                .andExpect(jsonPath("$.filingNumber").value("景环固计备〔2026〕001号"))
                .andExpect(jsonPath("$.versions[1].outcome").value("RECORDED"))
                .andExpect(jsonPath("$.versions[1].filingNumber").value("景环固计备〔2026〕001号"));
        long before = api.storedEvents();
        api.post("regulator-jdz", location + "/recording", Map.of("filingNumber", "景环固计备〔2026〕002号"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R30"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R30_a_second_filing_for_the_year_is_refused_and_stores_nothing() throws Exception {
        filed();
        long before = api.storedEvents();
        api.post(producer, PLANS, plan("11"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R30"))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R30_a_code_outside_the_catalogue_is_refused_naming_the_line() throws Exception {
        Map<String, Object> body = plan("10");
        body.put("lines", List.of(Map.of("wasteCode", "900-043-49", "expectedTonnes", 1)));
        api.post(producer, PLANS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R30"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].wasteCode"));
    }

    @Test
    void R30_a_planned_receiver_must_be_a_registered_receiver() throws Exception {
        Map<String, Object> body = plan("10");
        body.put("receivers", List.of(Map.of("receiverId", DemoParties.CARRIER.toString(), "methodCode", "D10")));
        api.post(producer, PLANS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R30"))
                .andExpect(jsonPath("$.errors[0].field").value("receivers[0].receiverId"));
    }

    @Test
    void R30_only_regulators_of_the_producers_region_see_record_or_return_it() throws Exception {
        String location = filed();
        api.post(REGULATOR_YC, location + "/recording", Map.of("filingNumber", "宜环固计备〔2026〕001号"))
                .andExpect(status().isNotFound());
        api.post("producer", location + "/amendment", amendment("12")).andExpect(status().isNotFound());
        api.post(producer, location + "/recording", Map.of("filingNumber", "自己备案"))
                .andExpect(status().isForbidden());
        api.get("hospital", location).andExpect(status().isNotFound());
        api.get("regulator-jdz", location).andExpect(status().isOk());
    }

    @Test
    void R30_producers_without_a_recorded_plan_are_listed_for_their_regulator() throws Exception {
        assertThat(missing("regulator-jdz")).contains(producerId.toString());
        String location = filed();
        assertThat(missing("regulator-jdz")).contains(producerId.toString());
        assertThat(missing(REGULATOR_YC)).doesNotContain(producerId.toString());
        assertThat(missing("regulator-jdz")).doesNotContain(DemoParties.CARRIER.toString(),
                DemoParties.DISPOSAL_CENTRE.toString());

        api.post("regulator-jdz", location + "/recording", Map.of("filingNumber", "景环固计备〔2026〕009号"))
                .andExpect(status().isOk());
        assertThat(missing("regulator-jdz")).doesNotContain(producerId.toString());
        api.get(producer, PLANS + "/missing?year=" + year).andExpect(status().isForbidden());
    }

    private List<String> missing(String regulator) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api.read(api.get(regulator, PLANS + "/missing?year=" + year + "&size=200&page=" + page)
                    .andExpect(status().isOk()));
            answer.get("items").forEach(item -> ids.add(item.get("enterpriseId").asText()));
            if ((long) (page + 1) * 200 >= answer.get("total").asLong()) {
                return ids;
            }
        }
    }
}
