package cn.haztrail.oversight.alerts;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R46 through the API: the disposal centre's round, its medical stop, the clock moved on, the regulator's list. */
@IntegrationTest
class RoundAlertApiTest {

    private static final String ROUNDS = "/api/v1/collection-rounds";
    private static final String PLATE = "赣H12345";
    private static final String QUERY = "?type=ROUND_MEDICAL_LIMIT&state=ALL";
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
    RoundAlertChecks checks;
    Api api;
    CustodyFlow flow;
    AlertLists lists;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        lists = new AlertLists(api);
    }

    /**
     * Time only moves forward for the application: the check ran at the moved clock raised the alerts due by then of
     * every round in the shared database (other tests' rounds of today included), so with the clock back the round
     * alerts are rebuilt from the events, as they stand at the real time.
     */
    @AfterEach
    void resetClock() throws Exception {
        clock.reset();
        api.post(Api.ADMIN, "/api/v1/admin/projections/" + OrderedAlerts.GROUP + "/replay", Map.of())
                .andExpect(status().isOk());
        new StreamingProcessors(api, jdbc).awaitCaughtUp(OrderedAlerts.GROUP);
    }

    @Test
    void R46_a_medical_stop_still_waiting_as_its_48_hours_near_alerts_the_regulator_until_its_pickup()
            throws Exception {
        // Generated a day ago: its 48 hours end in a day, after today's round ends (R44), and the alert is due 6 hours
        // before, 18 hours from now.
        JsonNode batch = flow.registerBatch("hospital", "841-001-01", "35.2", "SOLID", "BOX", 3, List.of("In"));
        String manifest = flow.draft("hospital", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE,
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        flow.submit("hospital", manifest);
        String round = api.read(api.post("receiver", ROUNDS, Map.of("collectorId", DemoParties.DISPOSAL_CENTRE,
                "carrierId", DemoParties.CARRIER, "vehiclePlate", PLATE,
                "plannedDay", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .andExpect(status().isCreated())).get("id").asText();
        api.post("receiver", ROUNDS + "/" + round + "/stops", Map.of("manifestId", manifest))
                .andExpect(status().isOk());
        api.post("receiver", ROUNDS + "/" + round + "/start", Map.of()).andExpect(status().isOk());
        // The processor judges the stop at the round's start, reading the clock: once it has caught up, the check
        // below is the only one judging the stop at the moved clock, and no row it should raise is held elsewhere.
        new StreamingProcessors(api, jdbc).awaitCaughtUp(OrderedAlerts.GROUP);
        String id = AlertIds.of(AlertType.ROUND_MEDICAL_LIMIT, UUID.fromString(round), UUID.fromString(manifest))
                .toString();

        clock.advance(Duration.ofHours(19));
        checks.run();

        JsonNode alert = lists.await("regulator-jdz", QUERY, id);
        assertThat(alert.get("state").asText()).isEqualTo("OPEN");
        assertThat(alert.get("ruleId").asText()).isEqualTo("R46");
        api.post("carrier", "/api/v1/manifests/" + manifest + "/pickup", Map.of("vehiclePlate", PLATE,
                "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                "scannedLabelIds", List.of(batch.get("labelId").asText()),
                "pickedUpAt", clock.instant().toString())).andExpect(status().isOk());
        assertThat(awaitClosed(id).get("closedAt").asText()).isNotEmpty();
    }

    private JsonNode awaitClosed(String id) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        JsonNode alert = lists.await("regulator-jdz", QUERY, id);
        while (!"CLOSED".equals(alert.get("state").asText())) {
            assertThat(System.currentTimeMillis()).as("alert closed by the pickup").isLessThan(deadline);
            Thread.sleep(50);
            alert = lists.await("regulator-jdz", QUERY, id);
        }
        return alert;
    }
}
