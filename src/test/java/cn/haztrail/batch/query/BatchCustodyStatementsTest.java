package cn.haztrail.batch.query;

import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A custody step moves the batches its manifest holds (R13, R16) after reading them with their trips in one
 * statement: it read the manifest's trips, then each batch on its own. Counted on the request's own thread.
 */
@StatementCountingTest
class BatchCustodyStatementsTest {

    @Autowired
    Api api;

    @Test
    void R13_a_pickup_reads_the_batches_its_manifest_holds_in_one_statement() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        CustodyFlow.SubmittedOil manifest = flow.submittedOil(1);

        StatementLog.clear();
        flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));

        assertThat(readsOfBatchesAndTrips(manifest)).hasSize(1);
        assertThat(api.read(api.get("producer", "/api/v1/batches/" + manifest.batchId())
                .andExpect(status().isOk())).get("status").asText()).isEqualTo("IN_TRANSIT");
    }

    @Test
    void R16_an_arrival_reads_the_batches_its_manifest_holds_in_one_statement() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        CustodyFlow.SubmittedOil manifest = flow.submittedOil(1);
        flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));

        StatementLog.clear();
        flow.arrive("carrier", manifest.id());

        assertThat(readsOfBatchesAndTrips(manifest)).hasSize(1);
        assertThat(api.read(api.get("producer", "/api/v1/batches/" + manifest.batchId())
                .andExpect(status().isOk())).get("status").asText()).isEqualTo("ARRIVED");
    }

    private static List<StatementLog.Statement> readsOfBatchesAndTrips(CustodyFlow.SubmittedOil manifest) {
        return StatementLog.made().stream()
                .filter(made -> made.sql().toLowerCase().startsWith("select"))
                .filter(made -> made.sql().contains("batch_view") || made.sql().contains("batch_trip"))
                .filter(made -> made.names(manifest.id()) || made.names(manifest.batchId())).toList();
    }
}
