package cn.haztrail.catalogue.calendar;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R16: a year without a holiday calendar raises an administrators' alert from 60 days before it starts, and adding
 * the calendar closes it. Time passes by the test clock, far ahead of today (each test its own year, past 2030), so
 * that these made-up calendars never touch the deadlines of other tests.
 */
@IntegrationTest
class CalendarAlertTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    CalendarWatch watch;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void R16_no_alert_61_days_before_a_year_without_calendar() throws Exception {
        moveTo("2030-11-01T12:00:00+08:00");
        watch.run();

        assertThat(alertFor("2031")).isEmpty();
    }

    @Test
    void R16_a_year_without_calendar_raises_an_admin_alert_60_days_before_it_starts() throws Exception {
        moveTo("2031-11-02T00:30:00+08:00");
        watch.run();

        JsonNode alert = alertFor("2032").orElseThrow();
        assertThat(alert.get("state").asText()).isEqualTo("OPEN");
        assertThat(alert.get("ruleId").asText()).isEqualTo("R16");
        assertThat(Instant.parse(alert.get("openedAt").asText())).isEqualTo(Instant.parse("2031-11-01T16:00:00Z"));
    }

    @Test
    void R16_adding_the_years_calendar_closes_its_alert() throws Exception {
        moveTo("2032-11-20T10:00:00+08:00");
        watch.run();
        api.put(Api.ADMIN, "/api/v1/catalogue/calendars/2033", Map.of("notice", "测试通知",
                        "holidays", List.of(Map.of("date", "2033-01-03", "name", "元旦"))))
                .andExpect(status().isOk());

        JsonNode alert = alertFor("2033").orElseThrow();
        assertThat(alert.get("state").asText()).isEqualTo("CLOSED");
        assertThat(Instant.parse(alert.get("closedAt").asText())).isAfter(Instant.parse("2032-11-20T00:00:00Z"));
        watch.run();
        assertThat(alertFor("2033").orElseThrow().get("state").asText()).isEqualTo("CLOSED");
    }

    /** Test clock: only this thread's requests and the check it runs see the moved time. */
    private void moveTo(String offsetDateTime) {
        Instant target = java.time.OffsetDateTime.parse(offsetDateTime).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private Optional<JsonNode> alertFor(String year) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        api.read(api.get(Api.ADMIN, "/api/v1/admin/alerts?type=CALENDAR_MISSING&state=all&size=200")
                .andExpect(status().isOk())).get("items").forEach(alert -> {
            if (alert.get("subject").asText().equals(year)) {
                found.add(alert);
            }
        });
        return found.stream().findFirst();
    }
}
