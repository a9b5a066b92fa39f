package cn.haztrail.backflow.command;

import cn.haztrail.backflow.BackflowFile;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a manifest record whose last handover was offered to the next carrier and not yet taken over (its
 * {@code handedOverAt} empty) is imported as that offer; it cannot also have arrived (R15). A record may name
 * carriers the waste has not reached yet ({@code plannedCarrierCreditCodes}): they stay the manifest's carriers, so a
 * handover can still go to them.
 */
@IntegrationTest
class BackflowPendingHandoverTest {

    /** 宜春市赣西危险品运输有限公司, the demo's second carrier. */
    private static final String SECOND_CARRIER = "91360900MA36C4YT3C";
    private static final String FIRST_CARRIER = BackflowFile.CARRIER;

    @Autowired
    BackflowRunner runner;
    @Autowired
    BackflowJobs jobs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void R15_a_handover_offered_and_not_taken_over_is_imported_as_the_offer() {
        String system = system();
        BackflowFile file = new BackflowFile().batch("B1", 171);
        file.add(offeredRecord(file, 900171));

        BackflowJob job = importFile(system, file);

        assertThat(jobs.refusals(job.id())).isEmpty();
        assertThat(job.imported()).isEqualTo(2);
        assertThat(typesOf(system)).containsExactly("cn.haztrail.batch.api.BatchRegistered",
                "cn.haztrail.manifest.api.ManifestDrafted", "cn.haztrail.manifest.api.ManifestSubmitted",
                "cn.haztrail.manifest.api.ManifestPickedUp", "cn.haztrail.manifest.api.HandoverOffered");
    }

    @Test
    void R15_a_record_whose_handover_is_not_taken_over_has_not_arrived() {
        String system = system();
        BackflowFile file = new BackflowFile().batch("B1", 172);
        Map<String, String> arrived = offeredRecord(file, 900172);
        arrived.put("arrivedAt", "2026-03-05T11:00:00+08:00");
        arrived.put("receivedAt", "2026-03-05T14:00:00+08:00");
        file.add(arrived);

        BackflowJob job = importFile(system, file);

        assertThat(job.refused()).isEqualTo(1);
        BackflowJobs.RefusedRecord refused = jobs.refusals(job.id()).get(0);
        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.field()).isEqualTo("arrivedAt");
        assertThat(refused.rule()).isEqualTo("R15");
        assertThat(refused.text().code()).isEqualTo("refused.backflow.handover-pending");
        assertThat(typesOf(system)).containsExactly("cn.haztrail.batch.api.BatchRegistered");
    }

    @Test
    void R15_a_handover_taken_over_since_the_offer_was_imported_is_imported_as_a_step_of_the_corrected_record() {
        String system = system();
        BackflowFile first = new BackflowFile().batch("B1", 173);
        first.add(offeredRecord(first, 900173));
        importFile(system, first);
        BackflowFile second = new BackflowFile().batch("B1", 173);
        Map<String, String> received = second.manifestRecord("M1", "B1", 900173);
        received.put("handoverCarrierCreditCodes", SECOND_CARRIER);
        received.put("handoverOfferedAt", "2026-03-05T09:30:00+08:00");
        received.put("handedOverAt", "2026-03-05T10:00:00+08:00");
        received.put("handoverPlates", "赣C23456");
        second.add(received);

        BackflowJob job = importFile(system, second);

        assertThat(jobs.refusals(job.id())).isEmpty();
        assertThat(job.corrected()).isEqualTo(1);
        assertThat(typesOf(system).subList(5, typesOf(system).size())).containsExactly(
                "cn.haztrail.manifest.api.HandoverCompleted", "cn.haztrail.manifest.api.ManifestArrived",
                "cn.haztrail.manifest.api.ManifestReceived");
    }

    @Test
    void R15_a_carrier_named_and_not_reached_yet_is_one_of_the_imported_manifests_carriers() {
        BackflowFile file = new BackflowFile().batch("B1", 181);
        Map<String, String> record = pickedUpRecord(file, 900181);
        record.put("plannedCarrierCreditCodes", FIRST_CARRIER + "|" + SECOND_CARRIER);
        file.add(record);

        BackflowJob job = importFile(system(), file);

        assertThat(jobs.refusals(job.id())).isEmpty();
        assertThat(jdbc.queryForObject("select carrier_ids from manifest_view where number = ?", String.class,
                record.get("manifestNumber"))).contains(id(FIRST_CARRIER), id(SECOND_CARRIER));
    }

    @Test
    void R15_the_carriers_named_begin_with_those_the_waste_reached() {
        BackflowFile file = new BackflowFile().batch("B1", 182);
        Map<String, String> record = pickedUpRecord(file, 900182);
        record.put("plannedCarrierCreditCodes", SECOND_CARRIER + "|" + FIRST_CARRIER);
        file.add(record);

        BackflowJob job = importFile(system(), file);

        assertThat(job.refused()).isEqualTo(1);
        BackflowJobs.RefusedRecord refused = jobs.refusals(job.id()).get(0);
        assertThat(refused.field()).isEqualTo("plannedCarrierCreditCodes");
        assertThat(refused.rule()).isEqualTo("R15");
        assertThat(refused.text().code()).isEqualTo("refused.backflow.planned-carriers");
    }

    /** Picked up by the first carrier: no handover, no arrival, no receipt. */
    private static Map<String, String> pickedUpRecord(BackflowFile file, int serial) {
        Map<String, String> record = file.manifestRecord("M1", "B1", serial);
        for (String field : List.of("arrivedAt", "receivedAt", "lineDecisions", "lineAcceptedTonnes", "lineMethods")) {
            record.remove(field);
        }
        return record;
    }

    /** Picked up by the carrier, offered to the second carrier, not taken over: no arrival, no receipt. */
    private static Map<String, String> offeredRecord(BackflowFile file, int serial) {
        Map<String, String> record = pickedUpRecord(file, serial);
        record.put("handoverCarrierCreditCodes", SECOND_CARRIER);
        record.put("handoverOfferedAt", "2026-03-05T09:30:00+08:00");
        return record;
    }

    private String id(String creditCode) {
        return jdbc.queryForObject("select id from enterprise_view where credit_code = ?", String.class, creditCode);
    }

    private static String system() {
        return "P" + UUID.randomUUID().toString().substring(0, 8);
    }

    private BackflowJob importFile(String system, BackflowFile file) {
        UUID id = runner.create("records.jsonl", system, file.jsonLines(), "regulator-account", "REGULATOR",
                "360200");
        runner.run(id);
        return jobs.find(id).orElseThrow();
    }

    /** The payload types of the events stored from the source system, in stored order (H2 and PostgreSQL). */
    private List<String> typesOf(String system) {
        String source = "\"sourceSystem\":\"" + system + "\"";
        return jdbc.query("select payload_type, meta_data from domain_event_entry order by global_index",
                (rs, n) -> new String(rs.getBytes("meta_data"), StandardCharsets.UTF_8).contains(source)
                        ? rs.getString("payload_type") : null).stream().filter(Objects::nonNull).toList();
    }
}
