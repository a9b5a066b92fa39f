package cn.haztrail.manifest;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.demo.DemoParties;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Business time through the API: every step stores its own (R22), in order (R25), late only with a reason (R26). */
@IntegrationTest
class StepTimesApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration WAIT = Duration.ofMinutes(2);

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
    CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void R22_a_disposal_dated_the_day_before_its_recording_carries_that_days_business_time() throws Exception {
        JsonNode oil = oil();
        String batch = oil.get("id").asText();
        String manifest = submitted(oil, Map.of());
        flow.pickUp("carrier", manifest, "赣H12345", List.of(oil.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch, "ACCEPT", "1000", 5, "D10")))).andExpect(status().isOk());
        LocalDate disposedOn = LocalDate.now(SHANGHAI);

        clock.advance(Duration.ofDays(1));
        api.post("receiver", "/api/v1/batches/" + batch + "/disposal", Map.of("methodCode", "D10",
                "quantity", Map.of("value", "1000", "unit", "kg"), "disposedOn", disposedOn.toString()))
                .andExpect(status().isOk());

        JsonNode disposal = entry("/api/v1/oversight/custody/batches/" + batch, "BatchDisposed");
        Instant endOfThatDay = disposedOn.plusDays(1).atStartOfDay(SHANGHAI).toInstant().minusSeconds(1);
        assertThat(Instant.parse(disposal.get("businessTime").asText())).isEqualTo(endOfThatDay);
    }

    @Test
    void R25_a_pickup_dated_before_the_draft_is_refused_naming_the_draft_time_and_stores_nothing() throws Exception {
        JsonNode oil = oil();
        Instant draftedAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String manifest = submitted(oil, Map.of("draftedAt", draftedAt.toString()));
        long before = api.storedEvents();

        api.post("carrier", "/api/v1/manifests/" + manifest + "/pickup", pickup(oil,
                        draftedAt.minus(Duration.ofHours(2)), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R25"))
                .andExpect(jsonPath("$.errors[0].field").value("pickedUpAt"))
                .andExpect(jsonPath("$.detail").value(containsString("draft at " + draftedAt)));
        assertThat(api.storedEvents()).isEqualTo(before);
        api.get("carrier", "/api/v1/manifests/" + manifest).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void R26_a_late_pickup_needs_a_reason_and_then_shows_in_the_custody_chain_the_feed_and_an_alert()
            throws Exception {
        JsonNode oil = oil();
        String manifest = submitted(oil, Map.of());
        Instant pickedUpAt = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS); // after the submission
        // recorded once two working days have ended: past the 1-working-day window, within the 10-day limit
        clock.advance(Duration.between(Instant.now(), calendar.deadlineAfter(pickedUpAt, 2)).plusHours(1));

        api.post("carrier", "/api/v1/manifests/" + manifest + "/pickup", pickup(oil, pickedUpAt, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R26"))
                .andExpect(jsonPath("$.errors[0].field").value("lateEntry"));
        api.post("carrier", "/api/v1/manifests/" + manifest + "/pickup", pickup(oil, pickedUpAt, "PAPER_BACKFILL"))
                .andExpect(status().isOk());

        JsonNode entry = entry("/api/v1/oversight/custody/manifests/" + manifest, "ManifestPickedUp");
        assertThat(entry.get("lateEntry").asText()).isEqualTo("PAPER_BACKFILL");
        assertThat(Instant.parse(entry.get("businessTime").asText())).isEqualTo(pickedUpAt);
        JsonNode item = await("feed item", () -> feedItem("regulator-jdz", manifest, "ManifestPickedUp"));
        assertThat(item.get("lateEntry").asText()).isEqualTo("PAPER_BACKFILL");
        JsonNode alert = await("LATE_ENTRY alert", () -> lateEntryAlert("regulator-jdz", manifest));
        assertThat(alert.get("ruleId").asText()).isEqualTo("R26");
        assertThat(alert.get("detail").asText()).contains("ManifestPickedUp", "PAPER_BACKFILL");
    }

    private JsonNode oil() throws Exception {
        return flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
    }

    private String submitted(JsonNode batch, Map<String, Object> draftFields) throws Exception {
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(batch.get("id").asText()), "D10", draftFields).get("id").asText();
        flow.submit("producer", manifest);
        return manifest;
    }

    private static Map<String, Object> pickup(JsonNode batch, Instant at, String lateEntry) {
        Map<String, Object> body = new HashMap<>();
        body.put("vehiclePlate", "赣H12345");
        body.put("driver", Map.of("name", "李师傅", "phone", "13807981234"));
        body.put("scannedLabelIds", List.of(batch.get("labelId").asText()));
        body.put("pickedUpAt", at.toString());
        if (lateEntry != null) {
            body.put("lateEntry", lateEntry);
        }
        return body;
    }

    private JsonNode entry(String chain, String eventType) throws Exception {
        for (JsonNode entry : api.read(api.get("regulator-jdz", chain).andExpect(status().isOk())).get("entries")) {
            if (entry.get("eventType").asText().equals(eventType)) {
                return entry;
            }
        }
        throw new AssertionError("no " + eventType + " in " + chain);
    }

    private Optional<JsonNode> feedItem(String user, String aggregateId, String type) throws Exception {
        long after = 0;
        while (true) {
            JsonNode page = api.read(api.get(user, "/api/v1/feed?limit=1000&after=" + after)
                    .andExpect(status().isOk()));
            for (JsonNode item : page.get("items")) {
                if (item.get("aggregateId").asText().equals(aggregateId) && item.get("type").asText().equals(type)) {
                    return Optional.of(item);
                }
            }
            if (page.get("items").isEmpty()) {
                return Optional.empty();
            }
            after = page.get("next").asLong();
        }
    }

    private Optional<JsonNode> lateEntryAlert(String user, String manifestId) throws Exception {
        JsonNode page = api.read(api.get(user, "/api/v1/oversight/alerts?type=LATE_ENTRY&state=ALL&size=200")
                .andExpect(status().isOk()));
        for (JsonNode alert : page.get("items")) {
            if (alert.at("/subject/manifestId").asText().equals(manifestId)) {
                return Optional.of(alert);
            }
        }
        return Optional.empty();
    }

    private interface Lookup {
        Optional<JsonNode> find() throws Exception;
    }

    private static JsonNode await(String what, Lookup lookup) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        Optional<JsonNode> found = lookup.find();
        while (found.isEmpty()) {
            assertThat(Instant.now()).as(what + " within " + WAIT).isBefore(deadline);
            Thread.sleep(50);
            found = lookup.find();
        }
        return found.get();
    }
}
