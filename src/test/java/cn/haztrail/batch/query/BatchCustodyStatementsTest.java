package cn.haztrail.batch.query;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A custody step moves the batches its manifest holds (R08, R13, R16, R17) after reading them, with their trips, in
 * one statement, however many drums the manifest carries: it read each batch on its own (and first the manifest's
 * trips, from pickup on); the receipt reads the manifest's lines once too. Counted on the request's own thread, for a
 * manifest of three batches.
 */
@StatementCountingTest
class BatchCustodyStatementsTest {

    private static final String PLATE = "赣H12345";

    @Autowired
    Api api;
    CustodyFlow flow;
    List<JsonNode> batches;

    @BeforeEach
    void threeBatches() throws Exception {
        flow = new CustodyFlow(api);
        batches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batches.add(flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T", "I")));
        }
    }

    @Test
    void R08_a_draft_reads_the_batches_it_allocates_in_one_statement() throws Exception {
        StatementLog.clear();
        String manifest = draft();

        assertThat(readsOfTheBatches(manifest)).hasSize(1);
        assertThat(statuses()).containsOnly("ALLOCATED");
    }

    @Test
    void R13_a_pickup_reads_the_batches_its_manifest_holds_in_one_statement() throws Exception {
        String manifest = draft();
        flow.submit("producer", manifest);

        StatementLog.clear();
        flow.pickUp("carrier", manifest, PLATE, batches.stream().map(batch -> batch.get("labelId").asText()).toList());

        assertThat(readsOfTheBatches(manifest)).hasSize(1);
        assertThat(statuses()).containsOnly("IN_TRANSIT");
    }

    @Test
    void R16_an_arrival_reads_the_batches_its_manifest_holds_in_one_statement() throws Exception {
        String manifest = pickedUp();

        StatementLog.clear();
        flow.arrive("carrier", manifest);

        assertThat(readsOfTheBatches(manifest)).hasSize(1);
        assertThat(statuses()).containsOnly("ARRIVED");
    }

    @Test
    void R17_a_receipt_reads_the_batches_its_manifest_holds_in_one_statement() throws Exception {
        String manifest = arrived();

        StatementLog.clear();
        receiveAll(manifest);

        assertThat(readsOfTheBatches(manifest)).hasSize(1);
        assertThat(statuses()).containsOnly("RECEIVED");
    }

    /** The manifest's view records each line's outcome (R17, R18) after reading its lines once. */
    @Test
    void R17_a_receipt_reads_the_manifests_lines_in_one_statement() throws Exception {
        String manifest = arrived();

        StatementLog.clear();
        receiveAll(manifest);

        // one to record the outcomes, one for the answer
        assertThat(StatementLog.made().stream()
                .filter(made -> made.sql().toLowerCase().startsWith("select"))
                .filter(made -> made.sql().contains("from manifest_line_view"))).hasSize(2);
        var lines = api.read(api.get("producer", "/api/v1/manifests/" + manifest).andExpect(status().isOk()))
                .get("lines");
        assertThat(lines).hasSize(3);
        lines.forEach(line -> assertThat(line.get("decision").asText()).isEqualTo("ACCEPT"));
    }

    private String draft() throws Exception {
        return flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE, ids(), "D10",
                Map.of()).get("id").asText();
    }

    private String pickedUp() throws Exception {
        String manifest = draft();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, batches.stream().map(batch -> batch.get("labelId").asText()).toList());
        return manifest;
    }

    private String arrived() throws Exception {
        String manifest = pickedUp();
        flow.arrive("carrier", manifest);
        return manifest;
    }

    private void receiveAll(String manifest) throws Exception {
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(ids().stream()
                .map(batch -> CustodyFlow.acceptLine(batch, "ACCEPT", "100", 1, "D10")).toList()))
                .andExpect(status().isOk());
    }

    private List<String> ids() {
        return batches.stream().map(batch -> batch.get("id").asText()).toList();
    }

    private List<String> statuses() throws Exception {
        List<String> statuses = new ArrayList<>();
        for (String id : ids()) {
            statuses.add(api.read(api.get("producer", "/api/v1/batches/" + id).andExpect(status().isOk()))
                    .get("status").asText());
        }
        return statuses;
    }

    /** Reads of the batches' view, or of the trips that lead to it, that name the manifest or one of the batches. */
    private List<StatementLog.Statement> readsOfTheBatches(String manifest) {
        return StatementLog.made().stream()
                .filter(made -> made.sql().toLowerCase().startsWith("select"))
                .filter(made -> made.sql().contains("batch_view") || made.sql().contains("batch_trip"))
                .filter(made -> made.names(manifest) || ids().stream().anyMatch(made::names)).toList();
    }
}
