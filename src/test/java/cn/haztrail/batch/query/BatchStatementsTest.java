package cn.haztrail.batch.query;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.CountedStatements;
import cn.haztrail.support.StatementCountingTest;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a batch's view costs: a page of batches reads their lineage (R45) for the whole page, not twice per batch (a
 * page of 100 took 200 more queries), and one batch is read with its reader's check (R21) in one statement, its
 * lineage asked only of a batch a repacking touched (most never are). Counted on the request's own thread
 * ({@link CountedStatements}).
 */
@StatementCountingTest
class BatchStatementsTest {

    @Autowired
    Api api;
    @Autowired
    BatchQueries batches;

    @Test
    void a_page_of_batches_costs_the_same_queries_for_one_batch_as_for_five() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        for (int i = 0; i < 5; i++) {
            flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T"));
        }

        long one = queriesToRead("/api/v1/batches?size=1", 1);
        long five = queriesToRead("/api/v1/batches?size=5", 5);

        assertThat(five).isEqualTo(one);
    }

    @Test
    void R21_a_batch_no_repacking_touched_is_read_with_its_readers_check_in_one_query() throws Exception {
        UUID batch = UUID.fromString(new CustodyFlow(api).registerBatch("producer", "900-249-08", "100", "LIQUID",
                "DRUM", 1, List.of("T")).get("id").asText());

        QueryCountHolder.clear();
        var view = batches.find(batch, BatchReader.party(DemoParties.CHEMICAL_PLANT)).orElseThrow();

        assertThat(view.id()).isEqualTo(batch);
        assertThat(view.sources()).isEmpty();
        assertThat(QueryCountHolder.getGrandTotal().getSelect()).isEqualTo(1);
    }

    private long queriesToRead(String path, int items) throws Exception {
        QueryCountHolder.clear();
        var page = api.read(api.get("producer", path).andExpect(status().isOk()));
        assertThat(page.get("items").size()).isEqualTo(items);
        return QueryCountHolder.getGrandTotal().getSelect();
    }
}
