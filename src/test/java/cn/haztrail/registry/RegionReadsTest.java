package cn.haztrail.registry;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise's region is read once per node: it never changes after registration, and each custody step noted
 * its parties' regions again (a batch's registration read its producer twice: who registers, and where it is).
 * Counted on the request's own thread.
 */
@StatementCountingTest
class RegionReadsTest {

    @Autowired
    Api api;

    @Test
    void a_producers_next_batch_reads_the_producer_once_for_who_registers_it() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T"));

        StatementLog.clear();
        flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T"));

        assertThat(StatementLog.made().stream()
                .filter(made -> made.sql().contains("from enterprise_view"))
                .filter(made -> made.names(DemoParties.CHEMICAL_PLANT))).hasSize(1);
    }
}
