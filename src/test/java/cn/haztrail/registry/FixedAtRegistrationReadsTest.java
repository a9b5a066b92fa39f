package cn.haztrail.registry;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise's region and credit code are read once per node: registration fixes them, yet each custody step noted
 * its parties' regions again, and each batch's registration read its producer (twice: its credit code for the label,
 * R07, and where it is). Counted on the request's own thread.
 */
@StatementCountingTest
class FixedAtRegistrationReadsTest {

    private static final String CREDIT_CODE = "91360200MA35G8XK2H";

    @Autowired
    Api api;

    @Test
    void R07_a_producers_next_batch_reads_nothing_of_the_producer() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T"));

        StatementLog.clear();
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T"));

        assertThat(StatementLog.made().stream()
                .filter(made -> made.sql().contains("from enterprise_view"))
                .filter(made -> made.names(DemoParties.CHEMICAL_PLANT))).isEmpty();
        assertThat(batch.get("labelId").asText()).startsWith(CREDIT_CODE);
    }
}
