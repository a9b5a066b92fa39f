package cn.haztrail.catalogue.calendar;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R16: administrators add a year's calendar as data and every deadline counts with it at once. The calendars here
 * are made up, for years far ahead (no real notice's dates are invented).
 */
@IntegrationTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingDayCalendar calendar;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    @Test
    void R16_working_days_count_with_a_stored_calendar_as_soon_as_it_is_added() throws Exception {
        // Friday 2040-12-28 plus 2 working days: Mon 12-31, Tue 2041-01-01 without a calendar; with 01-01 a holiday
        // and Saturday 01-05 worked, Wed 01-02.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2040, 12, 28), 2)).isEqualTo(LocalDate.of(2041, 1, 1));

        api.put(Api.ADMIN, "/api/v1/catalogue/calendars/2041", Map.of("notice", "测试通知",
                        "holidays", List.of(Map.of("date", "2041-01-01", "name", "元旦")),
                        "workdays", List.of(Map.of("date", "2041-01-05", "name", "元旦"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("STORED"))
                .andExpect(jsonPath("$.holidays[0].date").value("2041-01-01"))
                .andExpect(jsonPath("$.workdays[0].date").value("2041-01-05"));

        assertThat(calendar.plusWorkingDays(LocalDate.of(2040, 12, 28), 2)).isEqualTo(LocalDate.of(2041, 1, 2));
        assertThat(calendar.isWorkingDay(LocalDate.of(2041, 1, 5))).isTrue();
    }

    @Test
    void R16_a_calendar_with_a_date_outside_its_year_is_refused_naming_the_field_and_stores_nothing()
            throws Exception {
        long before = api.storedEvents();

        api.put(Api.ADMIN, "/api/v1/catalogue/calendars/2042", Map.of(
                        "holidays", List.of(Map.of("date", "2042-01-01", "name", "元旦"),
                                Map.of("date", "2043-01-01", "name", "元旦"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R16"))
                .andExpect(jsonPath("$.errors[0].field").value("holidays[1].date"));

        assertThat(api.storedEvents()).isEqualTo(before);
        api.get("producer", "/api/v1/catalogue/calendars/2042").andExpect(status().isNotFound());
    }

    @Test
    void R16_the_shipped_2026_calendar_is_readable_by_every_party() throws Exception {
        api.get("carrier", "/api/v1/catalogue/calendars/2026").andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("SHIPPED"))
                .andExpect(jsonPath("$.holidays.length()").value(33))
                .andExpect(jsonPath("$.workdays.length()").value(6));
    }

    @Test
    void R21_only_an_administrator_sets_a_calendar() throws Exception {
        api.put("regulator-jx", "/api/v1/catalogue/calendars/2043", Map.of(
                        "holidays", List.of(Map.of("date", "2043-01-01", "name", "元旦"))))
                .andExpect(status().isForbidden());
    }
}
