package cn.haztrail.console.records;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The header offers each role the records it keeps or reads (R30, R33, R35), and no others. */
@IntegrationTest
class RecordsNavigationTest {

    private static final String LEDGER = "href=\"/console/records/ledger\">管理台账</a>";
    private static final String PLANS = "href=\"/console/records/plans\">管理计划</a>";
    private static final String REPORTS = "href=\"/console/records/reports\">经营情况年报</a>";
    private static final String CAPACITY = "href=\"/console/records/capacity\">能力与产生量</a>";

    @Autowired
    MockMvc mvc;

    private String header(String username) throws Exception {
        return RecordsPages.page(mvc, RecordsPages.signIn(mvc, username), "/console/enterprise");
    }

    @Test
    void R30_a_producer_finds_its_ledger_and_its_plans_but_no_annual_report() throws Exception {
        assertThat(header("producer")).contains(LEDGER, PLANS).doesNotContain(REPORTS, CAPACITY);
    }

    @Test
    void R33_a_facility_finds_its_ledger_and_its_annual_reports_but_no_plan() throws Exception {
        assertThat(header("receiver")).contains(LEDGER, REPORTS).doesNotContain(PLANS, CAPACITY);
    }

    @Test
    void R35_a_regulator_finds_ledgers_plans_reports_and_capacity() throws Exception {
        assertThat(RecordsPages.page(mvc, RecordsPages.signIn(mvc, "regulator-jdz"), "/console/oversight"))
                .contains(LEDGER, PLANS, REPORTS, CAPACITY);
    }
}
