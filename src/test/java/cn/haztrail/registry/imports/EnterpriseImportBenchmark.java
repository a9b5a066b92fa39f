package cn.haztrail.registry.imports;

import cn.haztrail.bench.BenchmarkContext;
import cn.haztrail.bench.ResultTable;
import cn.haztrail.support.Api;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk onboarding throughput: {@code -Dbench.importRows} (2,000) enterprises in one CSV file, one in ten a receiver
 * and carrier with a licence, a permit and two vehicles; from the upload until the job has completed.
 */
@BenchmarkContext
@Order(50)
class EnterpriseImportBenchmark {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rows_per_second() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        int rows = Integer.getInteger("bench.importRows", 2_000);
        ImportJobsPolling.importAndWait(api, EnterpriseImportVolumeTest.generated(50));
        byte[] file = EnterpriseImportVolumeTest.generated(rows).csvBytes();
        long eventsBefore = storedEvents();

        long start = System.nanoTime();
        JsonNode job = ImportJobsPolling.finished(api, ImportJobsPolling.upload(api, "bench.csv", "text/csv", file));
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = storedEvents() - eventsBefore;

        new ResultTable("Enterprise import of " + rows + " rows (" + file.length / 1024 + " KiB CSV)", "created",
                "refused", "events", "seconds", "rows/s")
                .row(job.path("created").asInt(), job.path("refused").asInt(), events,
                        String.format("%.1f", seconds), String.format("%.0f", rows / seconds))
                .note("Through the HTTP API (MockMvc) as the administrator; a warm-up file of 50 rows first.")
                .print();
    }

    /**
     * All stored events, counted without waiting for the custody processes (as {@code Api.storedEvents} does): a
     * benchmark before this one may have stopped them (the rebuild's copies), and an import sends them nothing.
     */
    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
