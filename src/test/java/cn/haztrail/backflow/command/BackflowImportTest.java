package cn.haztrail.backflow.command;

import cn.haztrail.backflow.BackflowFile;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BackflowImportTest {

    @Autowired
    BackflowRunner runner;
    @Autowired
    BackflowJobs jobs;
    @Autowired
    JdbcTemplate jdbc;

    private static String system() {
        return "P" + UUID.randomUUID().toString().substring(0, 8);
    }

    private BackflowJob importFile(String system, byte[] content) {
        return importFile(system, content, "360200");
    }

    private BackflowJob importFile(String system, byte[] content, String jurisdiction) {
        UUID id = runner.create("records.jsonl", system, content, "regulator-account", "REGULATOR", jurisdiction);
        runner.run(id);
        return jobs.find(id).orElseThrow();
    }

    private long eventsOf(String system) {
        return typesWhereMetaDataHolds("\"sourceSystem\":\"" + system + "\"").size();
    }

    /** The payload types of the stored events whose metadata holds the text, in stored order (H2 and PostgreSQL). */
    private List<String> typesWhereMetaDataHolds(String text) {
        return jdbc.query("select payload_type, meta_data from domain_event_entry order by global_index",
                (rs, n) -> new String(rs.getBytes("meta_data"), java.nio.charset.StandardCharsets.UTF_8)
                        .contains(text) ? rs.getString("payload_type") : null)
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void a_whole_trip_is_stored_as_manifest_and_batch_events_marked_with_their_source() {
        String system = system();
        BackflowJob job = importFile(system, new BackflowFile().enterprise(BackflowFile.PLANT)
                .batch("B1", 101).manifest("M1", "B1", 900101).disposal("D1", "B1").jsonLines());

        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.refused()).isZero();
        assertThat(job.imported()).isEqualTo(3);
        List<String> types = typesWhereMetaDataHolds("\"sourceSystem\":\"" + system + "\"");
        assertThat(types).containsExactly("cn.haztrail.batch.api.BatchRegistered",
                "cn.haztrail.manifest.api.ManifestDrafted", "cn.haztrail.manifest.api.ManifestSubmitted",
                "cn.haztrail.manifest.api.ManifestPickedUp", "cn.haztrail.manifest.api.ManifestArrived",
                "cn.haztrail.manifest.api.ManifestReceived", "cn.haztrail.batch.api.BatchDisposed");
    }

    @Test
    void a_refused_record_is_listed_with_line_field_and_reason_and_stores_nothing() {
        String system = system();
        BackflowFile file = new BackflowFile().batch("B1", 102);
        file.add(BackflowFile.record("BATCH", "B2", "producerCreditCode", BackflowFile.PLANT,
                "labelId", BackflowFile.PLANT + "90024908" + "20260302" + "103", "wasteCode", "900-249-99",
                "quantity", "1", "unit", "t", "physicalForm", "LIQUID", "packagingType", "DRUM",
                "packagingCount", "1", "hazards", "T", "generatedAt", "2026-03-02T09:00:00+08:00"));
        file.manifest("M1", "B-unknown", 900102);
        file.enterprise("91360200MA0000000X");

        BackflowJob job = importFile(system, file.jsonLines());

        assertThat(job.imported()).isEqualTo(1);
        assertThat(job.refused()).isEqualTo(3);
        List<BackflowJobs.RefusedRecord> refusals = jobs.refusals(job.id());
        assertThat(refusals).extracting(BackflowJobs.RefusedRecord::line).containsExactly(2, 3, 4);
        assertThat(refusals).extracting(BackflowJobs.RefusedRecord::field)
                .containsExactly("wasteCode", "lineBatches", "creditCode");
        assertThat(refusals.get(1).text().code()).isEqualTo("refused.backflow.unknown-batch");
        assertThat(eventsOf(system)).isEqualTo(1);
    }

    @Test
    void R21_a_regulator_imports_only_records_of_its_jurisdiction() {
        String system = system();
        byte[] file = new BackflowFile().batch("B1", 108).manifest("M1", "B1", 900108).disposal("D1", "B1")
                .jsonLines();

        BackflowJob job = importFile(system, file, "360100");

        assertThat(job.imported()).isZero();
        assertThat(jobs.refusals(job.id())).extracting(BackflowJobs.RefusedRecord::rule)
                .containsExactly("R21", "R21", "R21");
        assertThat(jobs.refusals(job.id())).extracting(BackflowJobs.RefusedRecord::field)
                .containsExactly("producerCreditCode", "consignorCreditCode", "receiverCreditCode");
        assertThat(eventsOf(system)).isZero();
    }

    @Test
    void the_same_file_imported_twice_changes_nothing() {
        String system = system();
        byte[] file = new BackflowFile().batch("B1", 104).manifest("M1", "B1", 900104).disposal("D1", "B1")
                .jsonLines();
        importFile(system, file);
        long stored = eventsOf(system);

        BackflowJob again = importFile(system, file);

        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.events()).isZero();
        assertThat(eventsOf(system)).isEqualTo(stored);
    }

    @Test
    void a_corrected_record_becomes_a_correction_event_and_its_new_steps_are_imported() {
        String system = system();
        BackflowFile first = new BackflowFile().batch("B1", 105);
        var inTransit = first.manifestRecord("M1", "B1", 900105);
        inTransit.remove("arrivedAt");
        inTransit.remove("receivedAt");
        first.add(inTransit);
        importFile(system, first.jsonLines());

        BackflowFile second = new BackflowFile().batch("B1", 105);
        var received = second.manifestRecord("M1", "B1", 900105);
        received.put("vehiclePlate", "赣H67890");
        second.add(received);
        BackflowJob job = importFile(system, second.jsonLines());

        assertThat(job.corrected()).isEqualTo(1);
        assertThat(job.unchanged()).isEqualTo(1);
        List<String> types = typesWhereMetaDataHolds("\"importJobId\":\"" + job.id() + "\"");
        assertThat(types).containsExactly("cn.haztrail.backflow.api.SourceRecordCorrected",
                "cn.haztrail.manifest.api.ManifestArrived", "cn.haztrail.manifest.api.ManifestReceived");
    }

    @Test
    void a_job_interrupted_half_way_resumes_from_its_first_uncommitted_line_without_duplicates() {
        String system = system();
        byte[] file = new BackflowFile().batch("B1", 106).manifest("M1", "B1", 900106).batch("B2", 107)
                .manifest("M2", "B2", 900107).jsonLines();
        BackflowJob done = importFile(system, file);
        long stored = eventsOf(system);
        // as a node that died after committing its first two lines left it
        jdbc.update("""
                update backflow_job set state = 'RUNNING', next_line = 3, processed = 2, imported = 2, events = 6,
                    finished_at = null, heartbeat_at = heartbeat_at - interval '1' hour where id = ?""", done.id());

        runner.resumeStalled(Duration.ofMinutes(30));

        BackflowJob resumed = waitUntilCompleted(done.id());
        assertThat(resumed.processed()).isEqualTo(4);
        assertThat(resumed.unchanged()).isEqualTo(2);
        assertThat(eventsOf(system)).isEqualTo(stored);
    }

    private BackflowJob waitUntilCompleted(UUID id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            BackflowJob job = jobs.find(id).orElseThrow();
            if (job.state() == JobState.COMPLETED) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + id + " did not complete");
    }
}
