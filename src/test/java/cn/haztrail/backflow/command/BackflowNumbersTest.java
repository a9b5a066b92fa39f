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

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** R11 across the bulk path: a manifest number is held by one manifest, whether it was given natively or imported. */
@IntegrationTest
class BackflowNumbersTest {

    /** The demo history's manifest, numbered natively: the first serial of the city in the year. */
    private static final String DEMO_NUMBER = "20263602000001";

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
        String system = "P" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = runner.create("records.jsonl", system, content, "regulator-account", "REGULATOR", "360200");
        runner.run(id);
        return jobs.find(id).orElseThrow();
    }

    private long manifestsNumbered(String number) {
        return jdbc.queryForObject("select count(*) from manifest_view where number = ?", Long.class, number);
    }

    @Test
    void R11_an_imported_number_held_by_a_native_manifest_is_refused_and_the_rest_go_on() {
        BackflowFile file = new BackflowFile().batch("B1", 111);
        file.add(file.manifestRecord("M1", "B1", 1));
        file.batch("B2", 112);

        BackflowJob job = importFile(file.jsonLines());

        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.imported()).isEqualTo(2);
        List<BackflowJobs.RefusedRecord> refusals = jobs.refusals(job.id());
        assertThat(refusals).extracting(BackflowJobs.RefusedRecord::line).containsExactly(2);
        assertThat(refusals).extracting(BackflowJobs.RefusedRecord::field).containsExactly("manifestNumber");
        assertThat(refusals).extracting(BackflowJobs.RefusedRecord::rule).containsExactly("R11");
        assertThat(refusals.get(0).text().code()).isEqualTo("refused.backflow.number-held");
        assertThat(manifestsNumbered(DEMO_NUMBER)).isEqualTo(1);
    }

    @Test
    void R11_one_number_twice_in_a_file_is_imported_once() {
        int serial = lastSerial() + 40;
        BackflowFile file = new BackflowFile().batch("B1", 113).manifest("M1", "B1", serial).batch("B2", 114);
        file.add(file.manifestRecord("M2", "B2", serial));

        BackflowJob job = importFile(file.jsonLines());

        assertThat(jobs.refusals(job.id())).extracting(BackflowJobs.RefusedRecord::line).containsExactly(4);
        assertThat(manifestsNumbered(String.format("20263602%06d", serial))).isEqualTo(1);
    }

    @Test
    void R11_native_numbering_after_an_import_gives_a_number_above_the_imported_serial() throws Exception {
        int imported = lastSerial() + 5;
        BackflowJob job = importFile(new BackflowFile().batch("B1", 115).manifest("M1", "B1", imported).jsonLines());
        assertThat(jobs.refusals(job.id())).isEmpty();

        String number = new CustodyFlow(new Api(mvc, json, jdbc)).submittedOil(2).number();

        assertThat(number).startsWith("20263602");
        assertThat(Integer.parseInt(number.substring(8))).isGreaterThan(imported);
    }

    /** The city's counter for this year as the tests before left it (demo history, other tests' manifests). */
    private int lastSerial() {
        return jdbc.queryForList("select last_serial from manifest_serial where origin_city = '3602' "
                + "and serial_year = 2026", Integer.class).stream().findFirst().orElse(0);
    }
}
