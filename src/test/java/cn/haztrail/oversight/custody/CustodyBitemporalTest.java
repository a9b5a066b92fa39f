package cn.haztrail.oversight.custody;

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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R24 is bitemporal: asOf asks where the waste was (business time), knownAt what the record said (recording time).
 * Each scenario reads a trip that was picked up, arrived and received on one day and recorded the next morning.
 */
@IntegrationTest
class CustodyBitemporalTest {

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
    BackDatedTrip trip;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        trip = new BackDatedTrip(api, clock, calendar);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An instant after everything recorded so far and, a few milliseconds on, before anything recorded next. */
    private static Instant instantBetweenRecordings() {
        Instant between = Instant.now();
        Instant next = between.plusMillis(3);
        while (Instant.now().isBefore(next)) {
            Thread.onSpinWait();
        }
        return between;
    }

    private JsonNode manifestChain(String query) throws Exception {
        return api.read(api.get("regulator-jdz", "/api/v1/oversight/custody/manifests/" + trip.manifestId + query)
                .andExpect(status().isOk()));
    }

    private static List<String> eventTypes(JsonNode chain) {
        List<String> types = new ArrayList<>();
        chain.get("entries").forEach(entry -> types.add(entry.get("eventType").asText()));
        return types;
    }

    @Test
    void R24_asOf_between_a_back_dated_pickup_and_its_receipt_finds_the_waste_in_transit() throws Exception {
        trip.submitted().pickUp();
        trip.arrive();
        trip.receive("1000");

        JsonNode chain = manifestChain("?asOf=" + trip.at("12:00"));

        assertThat(chain.at("/state/status").asText()).isEqualTo("IN_TRANSIT");
        assertThat(chain.at("/state/batches/0/status").asText()).isEqualTo("IN_TRANSIT");
        assertThat(chain.at("/state/custodyHolder/name").asText()).isEqualTo("景德镇市安运危险货物运输有限公司");
        assertThat(eventTypes(chain)).contains("ManifestSubmitted", "ManifestPickedUp")
                .doesNotContain("ManifestArrived", "ManifestReceived");
        assertThat(chain.get("asOf").asText()).isEqualTo(trip.at("12:00").toString());
    }

    @Test
    void R24_knownAt_before_the_late_pickup_was_recorded_shows_what_the_record_said_then() throws Exception {
        trip.submitted();
        Instant beforeTheBackfill = instantBetweenRecordings();
        trip.pickUp();
        trip.arrive();
        trip.receive("1000");

        JsonNode chain = manifestChain("?knownAt=" + beforeTheBackfill);

        assertThat(chain.at("/state/status").asText()).isEqualTo("SUBMITTED");
        assertThat(chain.at("/state/batches/0/status").asText()).isEqualTo("ALLOCATED");
        assertThat(eventTypes(chain)).contains("ManifestDrafted", "ManifestSubmitted")
                .doesNotContain("ManifestPickedUp", "BatchPickedUp", "ManifestReceived");
        assertThat(chain.get("knownAt").asText()).isEqualTo(beforeTheBackfill.toString());
    }

    @Test
    void R24_asOf_and_knownAt_combined_leave_out_a_receipt_that_had_happened_but_was_not_yet_recorded()
            throws Exception {
        trip.submitted().pickUp();
        trip.arrive();
        Instant beforeTheReceiptWasRecorded = instantBetweenRecordings();
        trip.receive("1000");

        JsonNode chain = manifestChain("?asOf=" + trip.at("16:00") + "&knownAt=" + beforeTheReceiptWasRecorded);

        assertThat(chain.at("/state/status").asText()).isEqualTo("ARRIVED");
        assertThat(eventTypes(chain)).contains("ManifestArrived").doesNotContain("ManifestReceived", "BatchReceived");
    }

    @Test
    void R24_entries_read_as_the_world_happened_by_business_time() throws Exception {
        trip.submitted().pickUp();
        trip.arrive();
        trip.receive("1000");

        JsonNode chain = manifestChain("");

        Instant previous = Instant.MIN;
        for (JsonNode entry : chain.get("entries")) {
            Instant businessTime = Instant.parse(entry.get("businessTime").asText());
            assertThat(businessTime).as("%s", entry.get("eventType")).isAfterOrEqualTo(previous);
            previous = businessTime;
        }
        assertThat(eventTypes(chain)).startsWith("BatchRegistered")
                .containsSubsequence("ManifestSubmitted", "ManifestPickedUp", "ManifestArrived", "ManifestReceived");
    }
}
