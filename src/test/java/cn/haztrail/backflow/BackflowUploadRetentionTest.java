package cn.haztrail.backflow;

import cn.haztrail.backflow.command.BackflowJob;
import cn.haztrail.backflow.command.BackflowJobs;
import cn.haztrail.backflow.command.BackflowRunner;
import cn.haztrail.backflow.command.JobState;
import cn.haztrail.backflow.command.UploadRetention;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: an import's uploaded file is deleted haztrail.backflow.keep-uploads (7 days) after its job completed; the
 * job, its counts and refused lines stay, and a job that has not completed keeps its file to resume from. Time passes
 * on the test's clock; the jobs' own times are real.
 */
@IntegrationTest
class BackflowUploadRetentionTest {

    private static final Duration KEEP = Duration.ofDays(7);
    private static final String UNKNOWN = "91360200MA0000000X";

    @Autowired
    UploadRetention retention;
    @Autowired
    BackflowRunner runner;
    @Autowired
    BackflowJobs jobs;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** One enterprise record imported, one refused (a credit code HazTrail does not know). */
    private static byte[] file() {
        return new BackflowFile().enterprise(BackflowFile.PLANT).enterprise(UNKNOWN).jsonLines();
    }

    private UUID completedJob() {
        UUID id = runner.create("records.jsonl", "RETENTION", file(), "regulator-jdz", "REGULATOR", "360200");
        runner.run(id);
        assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
        return id;
    }

    private boolean uploadKept(UUID id) {
        return jdbc.queryForObject("select count(*) from backflow_job where id = ? and content is not null",
                Integer.class, id) == 1;
    }

    @Test
    void a_completed_jobs_upload_is_deleted_once_the_keep_period_has_passed_and_its_results_stay() {
        UUID id = completedJob();
        clock.advance(KEEP.plusHours(1));

        retention.deleteExpired();

        assertThat(uploadKept(id)).isFalse();
        BackflowJob job = jobs.find(id).orElseThrow();
        assertThat(job.uploadDeletedAt()).isNotNull();
        assertThat(job.processed()).isEqualTo(2);
        assertThat(job.refused()).isEqualTo(1);
        assertThat(jobs.refusals(id)).extracting(BackflowJobs.RefusedRecord::field).containsExactly("creditCode");
    }

    @Test
    void a_completed_jobs_upload_is_kept_within_the_keep_period() {
        UUID id = completedJob();
        clock.advance(KEEP.minusHours(1));

        retention.deleteExpired();

        assertThat(uploadKept(id)).isTrue();
        assertThat(jobs.find(id).orElseThrow().uploadDeletedAt()).isNull();
    }

    @Test
    void an_unfinished_jobs_upload_is_never_deleted_and_the_job_still_runs_from_it() {
        UUID id = runner.create("records.jsonl", "RETENTION", file(), "regulator-jdz", "REGULATOR", "360200");
        clock.advance(KEEP.multipliedBy(10));

        retention.deleteExpired();

        assertThat(uploadKept(id)).isTrue();
        runner.run(id);
        assertThat(jobs.find(id).orElseThrow().processed()).isEqualTo(2);
    }

    @Test
    void the_api_still_shows_a_job_whose_upload_was_deleted_with_its_counts_and_refused_lines() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        String location = api.upload("regulator-jdz", "/api/v1/oversight/backflow/imports?sourceSystem=RETENTION",
                "records.jsonl", "application/x-ndjson", file()).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        await().atMost(Duration.ofMinutes(3)).until(() -> "COMPLETED".equals(api.read(api.get("regulator-jdz",
                location)).get("state").asString()));
        clock.advance(KEEP.plusHours(1));
        retention.deleteExpired();

        JsonNode job = api.read(api.get("regulator-jdz", location).andExpect(status().isOk()));
        JsonNode refusals = api.read(api.get("regulator-jdz", location + "/refusals").andExpect(status().isOk()));

        assertThat(job.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("uploadDeletedAt")).isNotNull();
        assertThat(job.get("processed").asInt()).isEqualTo(2);
        assertThat(job.get("refused").asInt()).isEqualTo(1);
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).get("field").asString()).isEqualTo("creditCode");
        assertThat(refusals.get(0).get("line").asInt()).isEqualTo(2);
    }
}
