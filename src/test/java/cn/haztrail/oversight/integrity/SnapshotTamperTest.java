package cn.haztrail.oversight.integrity;

import cn.haztrail.console.ConsoleSession;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.registry.command.Enterprise;
import cn.haztrail.shared.axon.AfterCommitSnapshotter;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.AfterEach;
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
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R23 for snapshots: a snapshot is a cache of an aggregate's state, taken after one event of its stream. Someone with
 * database access who edits it (here: drops the disposal centre's licence exclusion of 900-044-49) must not change
 * what the aggregate decides, and the edit is reported. Each test puts the disposal centre's snapshots and the
 * evidence of the discard back as they were: the other tests share this store.
 */
@IntegrationTest
class SnapshotTamperTest {

    private static final String STREAM = DemoParties.DISPOSAL_CENTRE.toString();
    private static final String EXCLUDED = "\"excludedCodes\":[\"900-044-49\"]";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Snapshotter snapshotter;

    private Api api;

    @BeforeEach
    void snapshotTheDisposalCentre() {
        api = new Api(mvc, json, jdbc);
        forgetSnapshots();
        snapshotter.scheduleSnapshot(Enterprise.class, STREAM);
        await("a snapshot of the disposal centre, taken in the background").atMost(Duration.ofMinutes(2))
                .until(() -> snapshotPayload() != null);
        assertThat(snapshotPayload()).as("the licence line with its exclusion is in the snapshot").contains(EXCLUDED);
    }

    /**
     * Found: a forged snapshot read after this cleanup, by the snapshotter or a process still loading the disposal
     * centre, was recorded as discarded for good, and the whole store's check of a later test read BROKEN. The
     * cleanup waits until nothing is left that could still read the forged snapshot.
     */
    @AfterEach
    void putTheSnapshotsBack() throws Exception {
        new StreamingProcessors(api, jdbc).awaitAllCaughtUp();
        await("the snapshotter idle").atMost(Duration.ofMinutes(2))
                .until(() -> ((AfterCommitSnapshotter) snapshotter).idle());
        forgetSnapshots();
    }

    private void forgetSnapshots() {
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", STREAM);
        jdbc.update("delete from discarded_snapshot where aggregate_identifier = ?", STREAM);
        jdbc.update("delete from admin_alert where type = 'SNAPSHOT_MISMATCH'");
    }

    private String snapshotPayload() {
        List<byte[]> payloads = jdbc.queryForList("select payload from snapshot_event_entry "
                + "where aggregate_identifier = ?", byte[].class, STREAM);
        return payloads.isEmpty() ? null : new String(payloads.get(0), StandardCharsets.UTF_8);
    }

    /** What someone with database access would do: the licence no longer excludes 900-044-49. */
    private void dropTheExclusionFromTheSnapshot() {
        String forged = snapshotPayload().replace(EXCLUDED, "\"excludedCodes\":[]");
        jdbc.update("update snapshot_event_entry set payload = ? where aggregate_identifier = ?",
                forged.getBytes(StandardCharsets.UTF_8), STREAM);
    }

    private CommandRefused admitExcludedWaste() {
        return catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(new CheckAdmission(
                DemoParties.DISPOSAL_CENTRE, List.of(new AdmissionLine("900-044-49", "D10", null)),
                LocalDate.of(2026, 5, 4), null)));
    }

    private JsonNode check() throws Exception {
        return api.read(api.get("regulator-jdz", "/api/v1/oversight/integrity/" + STREAM)
                .andExpect(status().isOk()));
    }

    @Test
    void R03_a_snapshot_as_taken_decides_as_the_events_do() {
        CommandRefused refused = admitExcludedWaste();

        assertThat(refused).isNotNull();
        assertThat(refused.rule()).isEqualTo("R03");
    }

    @Test
    void R23_an_edited_snapshot_is_discarded_and_the_command_is_judged_on_the_events() {
        dropTheExclusionFromTheSnapshot();

        CommandRefused refused = admitExcludedWaste();

        assertThat(refused).as("the excluded code is still refused").isNotNull();
        assertThat(refused.rule()).isEqualTo("R03");
    }

    @Test
    void R23_a_discarded_snapshot_is_reported_by_the_integrity_check_and_to_administrators() throws Exception {
        dropTheExclusionFromTheSnapshot();
        admitExcludedWaste();
        // The next snapshot replaces the forged one; the evidence of the discard stays.
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", STREAM);

        JsonNode report = check();

        assertThat(report.get("status").asString()).isEqualTo("BROKEN");
        assertThat(report.at("/firstFailure/reason").asString()).isEqualTo("SNAPSHOT_MISMATCH");
        assertThat(jdbc.queryForObject("select count(*) from admin_alert where type = 'SNAPSHOT_MISMATCH' and "
                + "state = 'OPEN' and subject like ?", Long.class, STREAM + "%")).isEqualTo(1);
    }

    /** The alert about the disposal centre's stream in the regulators' integrity list, or null. */
    private JsonNode regulatorsAlert() throws Exception {
        JsonNode alerts = api.read(api.get("regulator-jdz", "/api/v1/oversight/integrity/alerts?size=200")
                .andExpect(status().isOk()));
        for (JsonNode alert : alerts.get("items")) {
            if (STREAM.equals(alert.get("streamId").asString())) {
                return alert;
            }
        }
        return null;
    }

    @Test
    void R23_a_discarded_snapshot_is_an_alert_for_regulators() throws Exception {
        dropTheExclusionFromTheSnapshot();
        admitExcludedWaste();

        JsonNode alert = regulatorsAlert();

        assertThat(alert).as("an integrity alert naming the disposal centre's stream").isNotNull();
        assertThat(alert.get("reason").asString()).isEqualTo("SNAPSHOT_MISMATCH");
        assertThat(alert.get("aggregateType").asString()).isEqualTo("Enterprise");
        assertThat(Instant.parse(alert.get("detectedAt").asString())).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void R23_a_discarded_snapshot_is_shown_in_chinese_on_the_regulators_dashboard() throws Exception {
        dropTheExclusionFromTheSnapshot();
        admitExcludedWaste();

        String html = mvc.perform(get("/console/oversight")
                        .session(ConsoleSession.signIn(mvc, "regulator-jdz")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("数据完整性告警", "快照与哈希链不符", "企业 " + STREAM + " 在第");
    }

    @Test
    void R23_without_a_discarded_snapshot_regulators_have_no_alert_about_the_stream() throws Exception {
        admitExcludedWaste();

        assertThat(regulatorsAlert()).isNull();
    }

    @Test
    void R23_an_edited_snapshot_is_reported_before_anything_loads_it() throws Exception {
        dropTheExclusionFromTheSnapshot();

        JsonNode report = check();

        assertThat(report.get("status").asString()).isEqualTo("BROKEN");
        assertThat(report.at("/firstFailure/reason").asString()).isEqualTo("SNAPSHOT_MISMATCH");
        assertThat(report.at("/firstFailure/streamId").asString()).isEqualTo(STREAM);
    }

    @Test
    void R23_a_snapshot_as_taken_verifies() throws Exception {
        assertThat(check().get("status").asString()).isEqualTo("OK");
    }
}
