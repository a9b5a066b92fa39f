package cn.haztrail.backflow.command;

import cn.haztrail.backflow.BackflowFile;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** R07 across the bulk path: a label id names one batch, whether it was issued natively or imported as issued. */
@IntegrationTest
class BackflowLabelsTest {

    @Autowired
    BackflowRunner runner;
    @Autowired
    BackflowJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private BackflowJob importFile(byte[] content) {
        String system = "L" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = runner.create("records.jsonl", system, content, "regulator-account", "REGULATOR", "360200");
        runner.run(id);
        return jobs.find(id).orElseThrow();
    }

    private long batchesLabelled(String labelId) {
        return jdbc.queryForObject("select count(*) from batch_view where label_id = ?", Long.class, labelId);
    }

    @Test
    void R07_one_label_twice_in_a_file_is_imported_once_and_the_rest_go_on() {
        LocalDate day = LocalDate.parse("2026-02-11");
        BackflowFile file = new BackflowFile().batchOn("B1", day, 731).batchOn("B2", day, 731).batchOn("B3", day, 732);

        BackflowJob job = importFile(file.jsonLines());

        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.imported()).isEqualTo(2);
        List<BackflowJobs.RefusedRecord> refusals = jobs.refusals(job.id());
        assertThat(refusals).extracting(BackflowJobs.RefusedRecord::line).containsExactly(2);
        assertThat(refusals).extracting(BackflowJobs.RefusedRecord::field).containsExactly("labelId");
        assertThat(refusals).extracting(BackflowJobs.RefusedRecord::rule).containsExactly("R07");
        assertThat(refusals.get(0).text().code()).isEqualTo("refused.backflow.label-held");
        assertThat(batchesLabelled(BackflowFile.PLANT + "9002490820260211731")).isEqualTo(1);
    }

    @Test
    void R07_an_imported_label_held_by_a_native_batch_is_refused() throws Exception {
        String nativeLabel = new CustodyFlow(new Api(mvc, json, jdbc)).submittedOil(2).labelId();
        LocalDate day = LocalDate.parse(nativeLabel.substring(26, 34), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        int serial = Integer.parseInt(nativeLabel.substring(34));

        BackflowJob job = importFile(new BackflowFile().batchOn("B1", day, serial).jsonLines());

        assertThat(jobs.refusals(job.id())).extracting(BackflowJobs.RefusedRecord::rule).containsExactly("R07");
        assertThat(batchesLabelled(nativeLabel)).isEqualTo(1);
    }

    @Test
    void R07_native_labels_after_an_import_continue_above_the_imported_sequence() throws Exception {
        // the native batch is generated a day before now, so its label carries that day in China
        LocalDate day = Instant.now().minusSeconds(86_400).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        BackflowJob job = importFile(new BackflowFile().batchOn("B1", day, 900).jsonLines());
        assertThat(jobs.refusals(job.id())).isEmpty();

        String label = new CustodyFlow(new Api(mvc, json, jdbc)).submittedOil(2).labelId();

        assertThat(label.substring(26, 34)).isEqualTo(day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(Integer.parseInt(label.substring(34))).isGreaterThan(900);
    }
}
