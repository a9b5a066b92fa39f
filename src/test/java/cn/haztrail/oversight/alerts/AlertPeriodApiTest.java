package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.oversight.BackDatedTrip;
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

import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertLists.ALERTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Alerts judge business time: trips entered a day after they happened (paper backfill), listed by the period in which
 * their cause arose and by state spelt as the answers spell it.
 */
@IntegrationTest
class AlertPeriodApiTest {

    private static final long WAIT_MILLIS = 120_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    WorkingDayCalendar calendar;
    Api api;
    AlertLists lists;
    BackDatedTrip trip;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        lists = new AlertLists(api);
        trip = new BackDatedTrip(api, clock, calendar);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String discrepancyId() {
        return AlertIds.of(AlertType.DISCREPANCY, UUID.fromString(trip.manifestId), UUID.fromString(trip.batchId))
                .toString();
    }

    /** Waits, bounded, until the alert projection has handled the trip's arrival. */
    private void awaitArrivalHandled() throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        String sql = "select count(*) from alert_transit where manifest_id = ? and arrival_recorded_at is not null";
        while (jdbc.queryForObject(sql, Long.class, UUID.fromString(trip.manifestId)) == 0) {
            assertThat(System.currentTimeMillis()).as("arrival handled by the alert projection").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void a_trip_picked_up_at_0830_and_arrived_at_1430_recorded_a_day_later_raises_no_long_transit() throws Exception {
        trip.submitted().pickUp();
        trip.arrive();

        awaitArrivalHandled();

        String id = AlertIds.of(AlertType.LONG_TRANSIT, UUID.fromString(trip.manifestId)).toString();
        assertThat(lists.find("regulator-jdz", "?type=LONG_TRANSIT&state=ALL", id)).isEmpty();
    }

    @Test
    void R17_a_discrepancy_is_listed_in_the_period_it_happened_whatever_its_state() throws Exception {
        trip.submitted().pickUp();
        trip.arrive();
        trip.receive("900");
        trip.dispose("900");
        String id = discrepancyId();
        lists.await("regulator-jdz", "?type=DISCREPANCY&state=CLOSED", id);

        JsonNode listed = lists.await("regulator-jdz", "?type=DISCREPANCY&from=" + trip.day + "&to=" + trip.day, id);

        assertThat(listed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(listed.get("openedAt").asText()).isEqualTo(trip.at("15:00").toString());
        assertThat(lists.find("regulator-jx", "?from=" + trip.day, id)).isPresent();
        assertThat(lists.find("regulator-jdz", "?type=DISCREPANCY&from=" + trip.day.plusDays(1), id)).isEmpty();
        assertThat(lists.find("regulator-jdz", "?type=DISCREPANCY&to=" + trip.day.minusDays(1), id)).isEmpty();
        assertThat(lists.find("regulator-jdz", "?type=DISCREPANCY", id)).as("open ones only, by default").isEmpty();
    }

    @Test
    void R17_the_state_filter_takes_the_state_as_the_answers_spell_it() throws Exception {
        trip.submitted().pickUp();
        trip.arrive();
        trip.receive("900");
        String id = discrepancyId();

        JsonNode open = lists.await("regulator-jdz", "?type=DISCREPANCY&state=OPEN", id);

        assertThat(open.get("state").asText()).isEqualTo("OPEN");
        assertThat(lists.find("regulator-jdz", "?type=DISCREPANCY&state=" + open.get("state").asText()
                + "&from=" + trip.day, id)).isPresent();
        assertThat(lists.find("regulator-jdz", "?type=DISCREPANCY&state=CLOSED", id)).isEmpty();
    }

    @Test
    void an_unknown_state_or_a_period_ending_before_it_starts_is_a_400_naming_the_parameter() throws Exception {
        JsonNode state = api.read(api.get("regulator-jdz", ALERTS + "?state=pending")
                .andExpect(status().isBadRequest()));
        JsonNode period = api.read(api.get("regulator-jdz", ALERTS + "?from=2026-11-30&to=2026-11-01")
                .andExpect(status().isBadRequest()));

        assertThat(state.at("/errors/0/field").asText()).isEqualTo("state");
        assertThat(period.at("/errors/0/field").asText()).isEqualTo("from");
    }
}
