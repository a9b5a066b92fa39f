package cn.haztrail.manifest.query;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.CountedStatements;
import cn.haztrail.support.StatementCountingTest;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manifest's view asks for corrections (R20) only when any were proposed: most manifests have none, and each read of
 * one made a third query for them. A page still shows the corrections of its manifests that have some. Counted on the
 * test's own thread ({@link CountedStatements}).
 */
@StatementCountingTest
class ManifestViewStatementsTest {

    @Autowired
    Api api;
    @Autowired
    ManifestQueries manifests;

    @Test
    void R20_a_manifest_without_corrections_is_read_with_its_lines_in_two_queries() throws Exception {
        String manifest = new CustodyFlow(api).draftedOil(1).id();
        Caller producer = new Caller("producer", Role.PRODUCER, DemoParties.CHEMICAL_PLANT, null);

        QueryCountHolder.clear();
        var view = manifests.find(manifest, producer).orElseThrow();

        assertThat(view.lines()).hasSize(1);
        assertThat(view.corrections()).isEmpty();
        assertThat(QueryCountHolder.getGrandTotal().getSelect()).isEqualTo(2);
    }

    @Test
    void R20_a_page_of_manifests_shows_the_corrections_of_those_that_have_any() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        String plain = flow.draftedOil(1).id();
        String corrected = flow.draftedOil(1).id();
        flow.submit("producer", corrected);
        api.post("producer", "/api/v1/manifests/" + corrected + "/corrections", Map.of(
                "changes", Map.of("vehiclePlate", "赣H67890"), "reason", "原车辆故障")).andExpect(status().isCreated());

        var page = api.read(api.get("producer", "/api/v1/manifests?size=2").andExpect(status().isOk()));

        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(corrected);
        assertThat(page.get("items").get(1).get("id").asText()).isEqualTo(plain);
        assertThat(page.get("items").get(0).get("corrections").get(0).get("changes").get(0).get("newValue")
                .asText()).isEqualTo("赣H67890");
        assertThat(page.get("items").get(1).get("corrections")).isEmpty();
    }
}
