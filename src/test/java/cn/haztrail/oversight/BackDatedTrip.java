package cn.haztrail.oversight;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.TestClock;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A trip of one batch of waste oil to the disposal centre, entered the way a paper manifest is backfilled: generated,
 * drafted and submitted on a past working day at 08:00 (Asia/Shanghai) as they happened, then picked up at 08:30,
 * arrived at 14:30 and received at 15:00 that day, all three recorded the next working morning at 08:00 (the test
 * clock moved there). Every business time follows the one before and lies within a working day of its recording.
 * The day is at least three days back, so that the pickup lies more than 48 hours before the real recording instant.
 * Call {@link TestClock#reset()} when done.
 */
public final class BackDatedTrip {

    private final Api api;
    private final TestClock clock;
    private final ZoneId zone;
    public final LocalDate day;
    public String batchId;
    public String labelId;
    public String manifestId;

    public BackDatedTrip(Api api, TestClock clock, WorkingDayCalendar calendar) {
        this.api = api;
        this.clock = clock;
        this.zone = calendar.zone();
        LocalDate candidate = LocalDate.now(zone).minusDays(3);
        while (!calendar.isWorkingDay(candidate) || !calendar.isWorkingDay(candidate.plusDays(1))) {
            candidate = candidate.minusDays(1);
        }
        this.day = candidate;
    }

    /** An instant of the trip's day, Asia/Shanghai. */
    public Instant at(String time) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    /** Registers the batch (generated at 07:00), drafts and submits its manifest at 08:00. */
    public BackDatedTrip submitted() throws Exception {
        moveClockTo(at("08:00"));
        Map<String, Object> batch = new HashMap<>();
        batch.put("wasteCode", "900-249-08");
        batch.put("quantity", Map.of("value", "1000", "unit", "kg"));
        batch.put("physicalForm", "LIQUID");
        batch.put("packaging", Map.of("type", "DRUM", "count", 5));
        batch.put("hazardCharacteristics", List.of("T", "I"));
        batch.put("mainComponents", "矿物油、水");
        batch.put("generatedAt", at("07:00").toString());
        batch.put("storageLocation", "危废暂存间A区");
        JsonNode registered = api.read(api.post("producer", "/api/v1/batches", batch)
                .andExpect(status().isCreated()));
        batchId = registered.get("id").asText();
        labelId = registered.get("labelId").asText();
        CustodyFlow flow = new CustodyFlow(api);
        manifestId = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batchId), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifestId);
        moveClockTo(day.plusDays(1).atTime(8, 0).atZone(zone).toInstant());
        return this;
    }

    public void pickUp() throws Exception {
        api.post("carrier", path("pickup"), Map.of("vehiclePlate", "赣H12345",
                "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                "scannedLabelIds", List.of(labelId), "pickedUpAt", at("08:30").toString()))
                .andExpect(status().isOk());
    }

    public void arrive() throws Exception {
        api.post("carrier", path("arrival"), Map.of("arrivedAt", at("14:30").toString())).andExpect(status().isOk());
    }

    /** Accepts the line with {@code kg} weighed (below 950 kg: a quantity discrepancy, R17). */
    public void receive(String kg) throws Exception {
        api.post("receiver", path("receipt"), Map.of("receivedAt", at("15:00").toString(), "lines", List.of(
                CustodyFlow.acceptLine(batchId, kg.equals("1000") ? "ACCEPT" : "PARTIAL", kg, 5, "D10"))))
                .andExpect(status().isOk());
    }

    /** Disposes of the batch on the trip's day, recorded with the rest. */
    public void dispose(String kg) throws Exception {
        api.post("receiver", "/api/v1/batches/" + batchId + "/disposal", Map.of("methodCode", "D10",
                "quantity", Map.of("value", kg, "unit", "kg"), "disposedOn", day.toString()))
                .andExpect(status().isOk());
    }

    private String path(String step) {
        return "/api/v1/manifests/" + manifestId + "/" + step;
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }
}
