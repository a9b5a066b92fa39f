package cn.haztrail.registry.imports;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A city's file of 2,000 enterprises imports in one request; the job is polled with a generous limit. */
@IntegrationTest
class EnterpriseImportVolumeTest {

    static final int ROWS = 2_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_file_of_2000_enterprises_imports_in_one_request() throws Exception {
        Api api = new Api(mvc, json, jdbc);

        JsonNode job = ImportJobsPolling.importAndWait(api, generated(ROWS));

        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.path("created").asInt()).as(job.path("refusedRows").toString()).isEqualTo(ROWS);
    }

    /** One carrier with a permit and a vehicle in every tenth row, a receiver with a licence in every tenth other. */
    static ImportFiles generated(int rows) {
        ImportFiles file = new ImportFiles();
        for (int i = 0; i < rows; i++) {
            var row = i % 10 == 0 ? ImportFiles.receiverAndCarrier() : ImportFiles.producer();
            file.row(row);
        }
        return file;
    }
}
