package cn.haztrail.report;

import cn.haztrail.shared.security.AccountService;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The licence holder's annual report through HTTP, on the hand-computed year of {@link ReportScenario}: the
 * facility in 渝水区 received 10 t of HW08 for R9, 6 of 8 t of HW08 for D10 and 5 t of HW17 for D10, utilized the
 * first 10 t by R9, incinerated the 6 t by D10 and keeps the HW17 in storage.
 */
@IntegrationTest
class AnnualReportApiTest {

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
        new StreamingProcessors(api, jdbc).awaitCaughtUp("oversight");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void R33_the_draft_gives_the_hand_computed_tonnes_per_category_and_method_and_capacity_use() throws Exception {
        JsonNode draft = api.read(api.get("xy-receiver", draftPath()).andExpect(status().isOk()));
        JsonNode figures = draft.get("figures");

        assertThat(draft.get("dueOn").asText()).isEqualTo((scenario.year + 1) + "-03-31");
        assertTonnes(figures, Map.of("receivedTonnes", "21.000", "utilizedTonnes", "10.000",
                "disposedTonnes", "6.000", "storedAtStartTonnes", "0.000", "storedAtEndTonnes", "5.000",
                "outsideLicenceTonnes", "0.000"));
        assertThat(rows(figures.get("received"), "category", "methodCode", "tonnes"))
                .containsExactly("HW08 D10 6", "HW08 R9 10", "HW17 D10 5");
        assertThat(rows(figures.get("treated"), "category", "methodCode", "kind", "tonnes"))
                .containsExactly("HW08 D10 INCINERATION 6", "HW08 R9 UTILIZATION 10");
        assertThat(rows(figures.get("stock"), "category", "startTonnes", "endTonnes"))
                .containsExactly("HW17 0 5");
        // 21 t of the licence's 60 t; 16 t of the HW08 line's 40 t; 5 t of the HW17 line's 20 t
        assertThat(rows(figures.get("licenceUse"), "annualCapacityTonnes", "acceptedTonnes", "usePercent"))
                .containsExactly("60 21 35");
        assertThat(rows(figures.get("lineUse"), "scope", "annualCapacityTonnes", "acceptedTonnes", "usePercent"))
                .containsExactly("HW08 40 16 40", "HW17 20 5 25");
    }

    @Test
    void R33_a_submitted_report_is_returned_with_reasons_submitted_again_and_acknowledged() throws Exception {
        moveClockTo(LocalDate.of(scenario.year + 1, 1, 5));
        JsonNode submitted = api.read(api.post("xy-receiver", reportPath() + "/submission", Map.of())
                .andExpect(status().isCreated()));
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("version").asInt()).isEqualTo(1);
        assertThat(submitted.get("late").asBoolean()).isFalse();
        assertThat(submitted.at("/submitted/receivedTonnes").decimalValue()).isEqualByComparingTo("21");
        assertThat(submitted.get("differences")).isEmpty();
        api.post("xy-receiver", reportPath() + "/submission", Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R33"));

        JsonNode seen = api.read(api.get("regulator-xy", reportPath()).andExpect(status().isOk()));
        assertThat(seen.at("/recomputed/storedAtEndTonnes").decimalValue()).isEqualByComparingTo("5");
        api.post("regulator-xy", reportPath() + "/return", Map.of("version", 1,
                "reasons", List.of("HW17 贮存量请附台账说明"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReasons[0]").value("HW17 贮存量请附台账说明"));

        api.post("xy-receiver", reportPath() + "/submission", Map.of()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        api.post("regulator-xy", reportPath() + "/acknowledgement", Map.of("version", 1))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("version"));
        api.post("regulator-xy", reportPath() + "/acknowledgement", Map.of("version", 2))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
        api.post("xy-receiver", reportPath() + "/submission", Map.of()).andExpect(status().isConflict());
    }

    @Test
    void R34_a_report_submitted_after_31_march_is_accepted_and_recorded_as_late() throws Exception {
        String path = "/api/v1/annual-reports/" + scenario.collector + "/" + scenario.year;
        api.post("xy-collector", path + "/submission", Map.of()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R34"));

        moveClockTo(LocalDate.of(scenario.year + 1, 4, 1));
        api.get("regulator-xy", path).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_SUBMITTED")).andExpect(jsonPath("$.overdue").value(true));
        api.post("xy-collector", path + "/submission", Map.of()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.dueOn").value((scenario.year + 1) + "-03-31"));
    }

    @Test
    void R21_another_citys_regulator_finds_no_report_and_changes_nothing() throws Exception {
        long stored = api.storedEvents();

        api.get("regulator-jdz", draftPath()).andExpect(status().isNotFound());
        api.get("regulator-jdz", reportPath()).andExpect(status().isNotFound());
        api.post("regulator-jdz", reportPath() + "/acknowledgement", Map.of("version", 1))
                .andExpect(status().isNotFound());
        api.post("regulator-jdz", reportPath() + "/return", Map.of("version", 1, "reasons", List.of("越权")))
                .andExpect(status().isNotFound());

        assertThat(api.storedEvents()).isEqualTo(stored);
    }

    private String draftPath() {
        return reportPath() + "/draft";
    }

    private String reportPath() {
        return "/api/v1/annual-reports/" + scenario.receiver + "/" + scenario.year;
    }

    private void moveClockTo(LocalDate day) {
        Instant target = day.atTime(10, 0).atZone(ReportScenario.SHANGHAI).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private static void assertTonnes(JsonNode figures, Map<String, String> expected) {
        expected.forEach((name, value) -> assertThat(new BigDecimal(figures.get(name).asText()))
                .as(name).isEqualByComparingTo(value));
    }

    /** Each row as its fields' texts joined by blanks (numbers without trailing zeros), in the answer's order. */
    private static List<String> rows(JsonNode list, String... fields) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : list) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(text(row.get(field)));
            }
            rows.add(String.join(" ", values));
        }
        return rows;
    }

    static String text(JsonNode value) {
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
    }
}
