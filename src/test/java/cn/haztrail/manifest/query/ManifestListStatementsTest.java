package cn.haztrail.manifest.query;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.CountedStatements;
import cn.haztrail.support.StatementCountingTest;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page of manifests costs the same statements whatever its size: its lines and corrections are read for the whole
 * page, not once per manifest (a page of 100 took 200 more queries). Counted on the request's own thread by a JDBC
 * proxy around the DataSource ({@link CountedStatements}).
 */
@StatementCountingTest
class ManifestListStatementsTest {

    @Autowired
    Api api;

    @Test
    void a_page_of_manifests_costs_the_same_queries_for_one_manifest_as_for_five() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        for (int i = 0; i < 5; i++) {
            String batch = flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T"))
                    .get("id").asText();
            flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                    List.of(batch), "D10", Map.of());
        }

        long one = queriesToList(flow, 1);
        long five = queriesToList(flow, 5);

        assertThat(five).isEqualTo(one);
    }

    private long queriesToList(CustodyFlow flow, int size) throws Exception {
        QueryCountHolder.clear();
        var page = flow.api().read(flow.api().get("producer", "/api/v1/manifests?size=" + size)
                .andExpect(status().isOk()));
        assertThat(page.get("items").size()).isEqualTo(size);
        assertThat(page.get("items").get(0).get("lines").size()).isEqualTo(1);
        return QueryCountHolder.getGrandTotal().getSelect();
    }
}
