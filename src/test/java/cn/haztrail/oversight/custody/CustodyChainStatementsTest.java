package cn.haztrail.oversight.custody;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.CountedStatements;
import cn.haztrail.support.LicenceBodies;
import cn.haztrail.support.StatementCountingTest;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A custody answer names the parties and nothing else of them: what a party has registered besides its name
 * (licences and their lines, permits, vehicles) is not read, so the answer's statements do not grow with it (each
 * party's whole profile took half of a manifest's chain's statements). Counted on the request's own thread
 * ({@link CountedStatements}).
 */
@StatementCountingTest
class CustodyChainStatementsTest {

    @Autowired
    Api api;

    @Test
    void R24_a_custody_chain_costs_the_same_statements_however_many_licences_its_receiver_holds() throws Exception {
        CustodyFlow.SubmittedOil oil = new CustodyFlow(api).submittedOil(1);
        String chain = "/api/v1/oversight/custody/manifests/" + oil.id();
        long withOneLicence = statementsToRead(chain);

        api.post(Api.ADMIN, "/api/v1/enterprises/" + DemoParties.DISPOSAL_CENTRE + "/licences", Map.of(
                "number", "赣危废经字" + System.nanoTime(), "mode", "COMPREHENSIVE",
                "lines", LicenceBodies.lines(List.of("HW49", "HW08"), List.of("R9", "D10")),
                "annualCapacityTonnes", "5000", "validFrom", "2026-01-01", "validTo", "2028-12-31"))
                .andExpect(status().isCreated());
        long withTwoLicences = statementsToRead(chain);

        assertThat(withTwoLicences).isEqualTo(withOneLicence);
    }

    private long statementsToRead(String chain) throws Exception {
        QueryCountHolder.clear();
        var answer = api.read(api.get("regulator-jdz", chain).andExpect(status().isOk()));
        assertThat(answer.at("/state/manifests/0/receiver/name").asText()).contains("处置");
        return QueryCountHolder.getGrandTotal().getSelect();
    }
}
