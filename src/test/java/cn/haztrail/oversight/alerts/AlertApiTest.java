package cn.haztrail.oversight.alerts;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.axon.admin.ProjectionReplays;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestClock;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.ScheduledExecution;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Alerts through HTTP, raised by the custody chain driven by the demo accounts and read by regulators of 景德镇
 * (360200), 江西 (360000) and 广东 (440000). The projection streams: every read waits for it, bounded.
 */
@IntegrationTest
class AlertApiTest {

    private static final String ALERTS = "/api/v1/oversight/alerts";
    private static final String REGULATOR_GD = "regulator-gd-alerts";
    private static final long WAIT_MILLIS = 120_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    Scheduler scheduler;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionReplays replays;
    @Autowired
    TestClock clock;
    Api api;
    CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        accounts.createIfAbsent(REGULATOR_GD, Api.DEMO_PASSWORD, Role.REGULATOR, null, "440000");
    }

    @Test
    void R17_a_discrepancy_is_an_alert_for_the_regulators_of_its_regions_until_the_batch_is_disposed()
            throws Exception {
        JsonNode oil = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        String batch = oil.get("id").asText();
        String manifest = arrived(oil);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch, "PARTIAL", "900", 5, "D10")))).andExpect(status().isOk());
        String id = AlertIds.of(AlertType.DISCREPANCY, UUID.fromString(manifest), UUID.fromString(batch)).toString();

        JsonNode alert = await("regulator-jdz", "?type=DISCREPANCY", id);
        assertThat(alert.get("state").asText()).isEqualTo("OPEN");
        assertThat(alert.get("ruleId").asText()).isEqualTo("R17");
        assertThat(alert.at("/subject/manifestId").asText()).isEqualTo(manifest);
        assertThat(alert.at("/subject/manifestNumber").asText()).matches("20263602\\d{6}");
        assertThat(alert.at("/subject/batchId").asText()).isEqualTo(batch);
        assertThat(alert.at("/subject/labelId").asText()).isEqualTo(oil.get("labelId").asText());
        assertThat(alert.get("originRegion").asText()).isEqualTo("360203");
        assertThat(alert.get("destinationRegion").asText()).isEqualTo("360222");
        assertThat(alert.at("/enterprises/0/id").asText()).isEqualTo(DemoParties.CHEMICAL_PLANT.toString());
        assertThat(alert.at("/enterprises/0/name").asText()).isEqualTo("景德镇市昌南化工有限公司");
        assertThat(alert.at("/enterprises/1/id").asText()).isEqualTo(DemoParties.DISPOSAL_CENTRE.toString());
        assertThat(alert.get("detail").asText()).contains("QUANTITY");

        assertThat(find("regulator-jx", "?type=DISCREPANCY", id)).isPresent();
        assertThat(find("regulator-jx", "?region=360200&type=DISCREPANCY", id)).isPresent();
        assertThat(find("regulator-jx", "?region=360900&type=DISCREPANCY", id)).isEmpty();
        assertThat(find("regulator-jdz", "?type=RECEIPT_OVERDUE", id)).isEmpty();
        assertThat(find(REGULATOR_GD, "?state=ALL", id)).isEmpty();
        api.get("regulator-jdz", ALERTS + "?region=360000").andExpect(status().isForbidden());
        api.get("regulator-jx", ALERTS + "?region=440300").andExpect(status().isForbidden());
        api.get("producer", ALERTS).andExpect(status().isForbidden());
        api.get("admin", ALERTS).andExpect(status().isForbidden());
        api.get("regulator-jx", ALERTS + "?state=pending").andExpect(status().isBadRequest());
        api.get("regulator-jx", ALERTS + "?type=NOTHING").andExpect(status().isBadRequest());

        flow.dispose("receiver", batch, "D10", "900");
        JsonNode closed = await("regulator-jdz", "?type=DISCREPANCY&state=CLOSED", id);
        assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        assertThat(find("regulator-jdz", "?type=DISCREPANCY", id)).isEmpty();
        assertThat(find("regulator-jx", "?state=ALL&type=DISCREPANCY", id)).isPresent();
    }

    /**
     * The receipt deadline (R16) is made due at once through db-scheduler, as if five working days had passed; the
     * receiver then confirms an hour past the due time (the test clock moved there), so that the receipt was late in
     * business time too.
     */
    @Test
    void R16_an_overdue_receipt_is_an_alert_until_the_receiver_confirms() throws Exception {
        JsonNode packs = flow.registerBatch("producer", "900-041-49", "200", "SOLID", "BAG", 10, List.of("T"));
        String batch = packs.get("id").asText();
        String manifest = arrived(packs);
        makeReceiptDueNow(manifest);
        String id = AlertIds.of(AlertType.RECEIPT_OVERDUE, UUID.fromString(manifest)).toString();

        JsonNode alert = await("regulator-jdz", "?type=RECEIPT_OVERDUE", id);
        assertThat(alert.get("ruleId").asText()).isEqualTo("R16");
        assertThat(alert.at("/subject/manifestId").asText()).isEqualTo(manifest);

        Instant due = Instant.parse(api.read(api.get("receiver", "/api/v1/manifests/" + manifest)
                .andExpect(status().isOk())).get("receiptDueAt").asText());
        clock.advance(Duration.between(clock.instant(), due.plus(Duration.ofHours(1))));
        try {
            api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", Map.of("receivedAt",
                    clock.instant().toString(), "lines", List.of(CustodyFlow.acceptLine(batch, "ACCEPT", "200", 10,
                            "D10")))).andExpect(status().isOk());
        } finally {
            clock.reset();
        }
        JsonNode closed = await("regulator-jx", "?type=RECEIPT_OVERDUE&state=CLOSED", id);
        assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("openedAt").asText()).isEqualTo(due.toString());
    }

    @Test
    void a_replay_rebuilds_the_alerts_as_they_were() throws Exception {
        JsonNode acid = flow.registerBatch("producer", "336-064-17", "500", "SEMI_SOLID", "DRUM", 2, List.of("C"));
        String batch = acid.get("id").asText();
        String manifest = arrived(acid);
        var line = CustodyFlow.acceptLine(batch, "ACCEPT", "500", 2, "D10");
        line.put("packagingMatches", false);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(line)))
                .andExpect(status().isOk());
        flow.dispose("receiver", batch, "D10", "500");
        String id = AlertIds.of(AlertType.DISCREPANCY, UUID.fromString(manifest), UUID.fromString(batch)).toString();
        JsonNode before = await("regulator-jdz", "?type=DISCREPANCY&state=CLOSED", id);

        replays.replay(AlertsConfiguration.GROUP);

        assertThat(await("regulator-jdz", "?type=DISCREPANCY&state=CLOSED", id)).isEqualTo(before);
    }

    @Test
    void the_alerts_group_orders_discrepancies_with_their_batch() {
        assertThat(processing.sequencingPolicy(AlertsConfiguration.GROUP)).isInstanceOf(AlertSequencingPolicy.class);
    }

    /** Drafted, submitted, picked up and arrived at the disposal centre in 景德镇; returns the manifest id. */
    private String arrived(JsonNode batch) throws Exception {
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        return manifest;
    }

    private void makeReceiptDueNow(String manifestId) {
        List<ScheduledExecution<Object>> deadlines = scheduler.getScheduledExecutions().stream()
                .filter(execution -> isReceiptDeadlineOf(execution.getData(), manifestId)).toList();
        assertThat(deadlines).hasSize(1);
        scheduler.reschedule(deadlines.get(0).getTaskInstance(), Instant.now());
    }

    private static boolean isReceiptDeadlineOf(Object data, String manifestId) {
        if (data instanceof DbSchedulerBinaryDeadlineDetails binary) {
            return "receipt-due".equals(binary.getD())
                    && new String(binary.getS(), StandardCharsets.UTF_8).contains(manifestId);
        }
        if (data instanceof DbSchedulerHumanReadableDeadlineDetails readable) {
            return "receipt-due".equals(readable.getDeadlineName())
                    && readable.getScopeDescriptor().contains(manifestId);
        }
        return false;
    }

    /** Waits, bounded, until the alert is in the caller's list with the query. */
    private JsonNode await(String user, String query, String id) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        Optional<JsonNode> found = find(user, query, id);
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            found = find(user, query, id);
        }
        return found.orElseThrow(() -> new AssertionError("no alert " + id + " for " + user + query));
    }

    private Optional<JsonNode> find(String user, String query, String id) throws Exception {
        String separator = query.isEmpty() ? "?" : "&";
        JsonNode page = api.read(api.get(user, ALERTS + query + separator + "size=200").andExpect(status().isOk()));
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
