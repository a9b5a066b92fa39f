package cn.haztrail.oversight.indicators;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may read the oversight figures, and for which region (R21): regulators, inside their jurisdiction. */
@IntegrationTest
class IndicatorsAccessApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/oversight/indicators", "/api/v1/oversight/flows", "/api/v1/oversight/key-units"})
    void R21_a_producer_gets_403(String path) throws Exception {
        api.get("producer", path).andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("R21"));
        api.get("receiver", path + "?region=360200").andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/oversight/indicators", "/api/v1/oversight/flows", "/api/v1/oversight/key-units"})
    void R21_a_region_outside_the_jurisdiction_gets_403(String path) throws Exception {
        api.get("regulator-jdz", path + "?region=360900").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("R21"));
        api.get("regulator-jdz", path + "?region=360000").andExpect(status().isForbidden());
        api.get("regulator-jx", path + "?region=440306").andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/oversight/indicators", "/api/v1/oversight/flows", "/api/v1/oversight/key-units"})
    void R21_a_county_or_city_inside_the_jurisdiction_is_answered(String path) throws Exception {
        api.get("regulator-jdz", path + "?region=360222").andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("360222"));
        api.get("regulator-jx", path + "?region=360900").andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("360900"));
        api.get("regulator-jx", path).andExpect(status().isOk()).andExpect(jsonPath("$.region").value("360000"));
    }

    @Test
    void the_period_defaults_to_this_year_and_the_view_to_origin() throws Exception {
        api.get("regulator-jdz", "/api/v1/oversight/indicators").andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("origin"))
                .andExpect(jsonPath("$.region").value("360200"))
                .andExpect(jsonPath("$.from").value(org.hamcrest.Matchers.endsWith("-01-01")));
    }

    @Test
    void a_bad_view_region_or_period_is_a_400() throws Exception {
        api.get("regulator-jdz", "/api/v1/oversight/indicators?view=county").andExpect(status().isBadRequest());
        api.get("regulator-jdz", "/api/v1/oversight/indicators?region=3602").andExpect(status().isBadRequest());
        api.get("regulator-jdz", "/api/v1/oversight/flows?from=2026-03-02&to=2026-03-01")
                .andExpect(status().isBadRequest());
        api.get("regulator-jdz", "/api/v1/oversight/indicators?from=yesterday").andExpect(status().isBadRequest());
    }
}
