package cn.haztrail.oversight.custody;

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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R24: the chain of custody of a manifest read as it stood at three past instants. */
@IntegrationTest
class CustodyAsOfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    /** An instant after everything recorded so far and, a few milliseconds on, before anything recorded next. */
    private static Instant instantBetweenSteps() {
        Instant between = Instant.now();
        Instant next = between.plusMillis(3);
        while (Instant.now().isBefore(next)) {
            Thread.onSpinWait();
        }
        return between;
    }

    @Test
    void R24_a_manifest_read_after_submission_pickup_and_receipt_shows_each_state_and_a_growing_prefix()
            throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        String batchId = batch.get("id").asText();
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(batchId), "D10", Map.of()).get("id").asText();
        flow.submit("producer", manifest);
        Instant afterSubmission = instantBetweenSteps();
        flow.pickUp("carrier", manifest, "赣H12345", List.of(batch.get("labelId").asText()));
        Instant afterPickup = instantBetweenSteps();
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batchId, "ACCEPT", "990", 5, "D10")))).andExpect(status().isOk());
        Instant afterReceipt = instantBetweenSteps();
        flow.dispose("receiver", batchId, "D10", "990");

        String path = "/api/v1/oversight/custody/manifests/" + manifest + "?asOf=";
        JsonNode submitted = api.read(api.get("regulator-jdz", path + afterSubmission).andExpect(status().isOk()));
        JsonNode pickedUp = api.read(api.get("regulator-jdz", path + afterPickup).andExpect(status().isOk()));
        JsonNode received = api.read(api.get("regulator-jdz", path + afterReceipt).andExpect(status().isOk()));

        assertThat(submitted.at("/state/status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.at("/state/custodyHolder/enterpriseId").asText())
                .isEqualTo(DemoParties.CHEMICAL_PLANT.toString());
        assertThat(submitted.at("/state/declared/value").asText()).isEqualTo("1000");
        assertThat(submitted.at("/state/accepted").isMissingNode()).isTrue();
        assertThat(submitted.at("/state/batches/0/status").asText()).isEqualTo("ALLOCATED");

        assertThat(pickedUp.at("/state/status").asText()).isEqualTo("IN_TRANSIT");
        assertThat(pickedUp.at("/state/custodyHolder/enterpriseId").asText())
                .isEqualTo(DemoParties.CARRIER.toString());
        assertThat(pickedUp.at("/state/declared/value").asText()).isEqualTo("1000");
        assertThat(pickedUp.at("/state/accepted").isMissingNode()).isTrue();
        assertThat(pickedUp.at("/state/batches/0/status").asText()).isEqualTo("IN_TRANSIT");

        assertThat(received.at("/state/status").asText()).isEqualTo("RECEIVED");
        assertThat(received.at("/state/custodyHolder/enterpriseId").asText())
                .isEqualTo(DemoParties.DISPOSAL_CENTRE.toString());
        assertThat(received.at("/state/declared/value").asText()).isEqualTo("1000");
        assertThat(received.at("/state/accepted/value").asText()).isEqualTo("990");
        assertThat(received.at("/state/disposed").isMissingNode()).isTrue();
        assertThat(received.at("/state/batches/0/status").asText()).isEqualTo("RECEIVED");

        assertThat(entries(submitted)).isNotEmpty();
        assertThat(entries(pickedUp)).hasSizeGreaterThan(entries(submitted).size())
                .startsWith(entries(submitted).toArray(JsonNode[]::new));
        assertThat(entries(received)).hasSizeGreaterThan(entries(pickedUp).size())
                .startsWith(entries(pickedUp).toArray(JsonNode[]::new));
        assertThat(entries(received)).extracting(entry -> entry.get("eventType").asText())
                .doesNotContain("BatchDisposed");
    }

    private static List<JsonNode> entries(JsonNode chain) {
        List<JsonNode> entries = new ArrayList<>();
        chain.get("entries").forEach(entries::add);
        return entries;
    }
}
