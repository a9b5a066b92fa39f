package cn.haztrail.bench;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long printing one manifest takes through the API (reading the manifest, its chain and hash head, laying it
 * out, embedding the font subset): the first request, then the median and slowest of 20. Prints, asserts nothing.
 */
@IntegrationTest
class DocumentRenderBenchmark {

    private static final int RUNS = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printing_one_manifest() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T"));
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(batch.get("labelId").asText()));
        String path = "/api/v1/manifests/" + manifest + "/document.pdf";

        long first = time(api, path);
        long[] runs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            runs[i] = time(api, path);
        }
        int size = api.get("producer", path).andReturn().getResponse().getContentAsByteArray().length;
        Arrays.sort(runs);
        System.out.printf("manifest PDF: first %d ms, median %d ms, slowest %d ms of %d, %d bytes%n",
                first / 1_000_000, runs[RUNS / 2] / 1_000_000, runs[RUNS - 1] / 1_000_000, RUNS, size);
    }

    private static long time(Api api, String path) throws Exception {
        long start = System.nanoTime();
        api.get("producer", path).andExpect(status().isOk());
        return System.nanoTime() - start;
    }
}
