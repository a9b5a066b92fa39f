package cn.haztrail.report;

import cn.haztrail.shared.security.AccountService;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Capacity against generation in 新余 (360500), on the hand-computed year of {@link ReportScenario}. 渝水区: 18 t of
 * HW08 (10 t and 8 t declared) and 5 t of HW17 generated, against the facility's lines of 40 t and 20 t (no capacity
 * left unstated: 60 t in total); the collector's collection-only licence adds nothing. 分宜县: 2 t of HW24, 1 t of
 * HW21 and 0.5 t of HW32 generated, against a licence of 30 t stated on no line, shared by its HW21 and HW24 lines;
 * nothing takes HW32.
 */
@IntegrationTest
class CapacityApiTest {

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
    void R35_generation_per_child_region_and_category_against_line_and_shared_capacity() throws Exception {
        JsonNode report = api.read(api.get("regulator-xy", "/api/v1/oversight/capacity?year=" + scenario.year)
                .andExpect(status().isOk()));

        assertThat(report.get("region").asText()).isEqualTo("360500");
        assertThat(rows(report.get("rows"))).containsExactly(
                "360502 HW08 - 18 40 0 false",
                "360502 HW17 - 5 20 0 false",
                "360521 HW21 CHROMIUM 1 0 30 false",
                "360521 HW24 ARSENIC 2 0 30 false",
                "360521 HW32 FLUORINE 0.5 0 0 true");
        assertThat(report.get("specialConcerns").findValuesAsString("concern"))
                .containsExactly("HIGH_CHLORINE", "FLUORINE", "HIGH_SALT", "ARSENIC", "CHROMIUM");
    }

    @Test
    void R35_a_county_asked_for_is_its_own_only_row_set_and_another_city_is_refused() throws Exception {
        JsonNode county = api.read(api.get("regulator-xy", "/api/v1/oversight/capacity?region=360521&year="
                + scenario.year).andExpect(status().isOk()));
        assertThat(rows(county.get("rows"))).hasSize(3).allMatch(row -> row.startsWith("360521"));

        api.get("regulator-jdz", "/api/v1/oversight/capacity?region=360500").andExpect(status().isForbidden());
        api.get("xy-receiver", "/api/v1/oversight/capacity").andExpect(status().isForbidden());
    }

    private static List<String> rows(JsonNode rows) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : rows) {
            String special = row.hasNonNull("specialConcern") ? row.get("specialConcern").asText() : "-";
            lines.add(String.join(" ", row.get("region").asText(), row.get("category").asText(), special,
                    AnnualReportApiTest.text(row.get("generatedTonnes")),
                    AnnualReportApiTest.text(row.get("lineCapacityTonnes")),
                    AnnualReportApiTest.text(row.get("sharedCapacityTonnes")), row.get("shortfall").asText()));
        }
        return lines;
    }
}
