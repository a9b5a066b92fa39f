package cn.haztrail.contract;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.contract.VisibilityOracle.Viewer;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.haztrail.demo.DemoParties.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R21 for every list: whatever page a caller reads (batches, manifests, approvals, alerts, flows, key units, the
 * change feed, its webhooks), no item belongs to an enterprise it does not act for or lies outside its
 * jurisdiction. Two trips with discrepancies (景德镇 to 景德镇, and 景德镇 to 宜春) and an approval to 深圳 make sure
 * there is something to filter out for everyone.
 */
@IntegrationTest
class VisibilityFilteringTest {

    private static final List<Viewer> PARTIES = List.of(Viewer.party("producer", CHEMICAL_PLANT),
            Viewer.party("hospital", HOSPITAL), Viewer.party("carrier", CARRIER),
            Viewer.party("carrier2", SECOND_CARRIER), Viewer.party("receiver", DISPOSAL_CENTRE),
            Viewer.party("cement", CEMENT_PLANT), Viewer.party("collector", COLLECTOR),
            Viewer.party("shenzhen", SHENZHEN_RECYCLER));
    private static final List<Viewer> REGULATORS = List.of(Viewer.regulator("regulator-jdz", "360200"),
            Viewer.regulator("regulator-jx", "360000"), Viewer.regulator("regulator-yc", "360900"),
            Viewer.regulator("regulator-gd", "440000"));
    private static boolean seeded;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    RegionDirectory regions;
    Api api;
    VisibilityOracle oracle;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json, jdbc);
        oracle = new VisibilityOracle(api, jdbc, regions);
        accounts.createIfAbsent("regulator-yc", Api.DEMO_PASSWORD, Role.REGULATOR, null, "360900");
        accounts.createIfAbsent("regulator-gd", Api.DEMO_PASSWORD, Role.REGULATOR, null, "440000");
        if (!seeded) {
            trip("producer", CARRIER, "赣H12345", "carrier", DISPOSAL_CENTRE, "receiver", "D10");
            trip("hospital", SECOND_CARRIER, "赣C23456", "carrier2", CEMENT_PLANT, "cement", "C1");
            api.post("regulator-jdz", "/api/v1/approvals", MatrixFixture.approvalBody()).andExpect(status().isCreated());
            api.post("regulator-jdz", "/api/v1/exemptions", MatrixFixture.exemptionBody())
                    .andExpect(status().isCreated());
            seeded = true;
        }
    }

    /** A trip whose receiver accepts 90 of 100 kg: a discrepancy, so an alert, in the trip's regions. */
    private void trip(String consignor, java.util.UUID carrier, String plate, String carrierAccount,
                      java.util.UUID receiver, String receiverAccount, String method) throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        JsonNode batch = flow.registerBatch(consignor, "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String manifest = flow.draft(consignor, receiver, List.of(carrier), plate, List.of(batch.get("id").asText()),
                method, Map.of()).get("id").asText();
        flow.submit(consignor, manifest);
        flow.pickUp(carrierAccount, manifest, plate, List.of(batch.get("labelId").asText()));
        flow.arrive(carrierAccount, manifest);
        api.post(receiverAccount, "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch.get("id").asText(), "ACCEPT", "90", 1, method))))
                .andExpect(status().isOk());
    }

    @Test
    void R21_batch_lists_hold_only_the_callers_batches_or_its_jurisdictions() throws Exception {
        int listed = 0;
        for (Viewer viewer : everyone()) {
            for (JsonNode batch : pages(viewer, "/api/v1/batches")) {
                assertThat(oracle.batch(viewer, batch.get("id").asText()))
                        .as("%s lists batch %s", viewer, batch.get("labelId").asText()).isTrue();
                listed++;
            }
        }
        assertThat(listed).as("batches listed in all").isPositive();
    }

    @Test
    void R21_manifest_lists_hold_only_manifests_naming_the_caller_or_in_its_jurisdiction() throws Exception {
        int listed = 0;
        for (Viewer viewer : everyone()) {
            for (String role : new String[]{"", "&role=CONSIGNOR", "&role=CARRIER", "&role=RECEIVER"}) {
                for (JsonNode manifest : pages(viewer, "/api/v1/manifests?status=" + role)) {
                    assertThat(oracle.manifest(viewer, manifest)).as("%s lists manifest %s", viewer,
                            manifest.get("id").asText()).isTrue();
                    listed++;
                }
            }
        }
        assertThat(listed).as("manifests listed in all").isPositive();
    }

    @Test
    void a_manifest_lists_total_is_the_number_of_manifests_its_pages_hold() throws Exception {
        int counted = 0;
        for (Viewer viewer : everyone()) {
            for (String filter : new String[]{"status=", "status=&role=CARRIER", "status=RECEIVED",
                    "status=SUBMITTED&role=CONSIGNOR"}) {
                String path = "/api/v1/manifests?" + filter;
                // two a page, so that the total is counted rather than taken from a short first page
                long total = api.read(api.get(viewer.account(), path + "&size=2").andExpect(status().isOk()))
                        .get("total").asLong();
                assertThat(total).as("%s, %s", viewer, filter).isEqualTo(pages(viewer, path).size());
                counted += total;
            }
        }
        assertThat(counted).as("manifests counted in all").isPositive();
    }

    @Test
    void R21_approval_lists_hold_only_approvals_naming_the_caller_or_in_its_jurisdiction() throws Exception {
        int listed = 0;
        for (Viewer viewer : everyone()) {
            for (JsonNode a : pages(viewer, "/api/v1/approvals")) {
                assertThat(oracle.approval(viewer, a.get("consignor").get("id").asText(),
                        a.get("consignor").get("regionCode").asText(), a.get("receiver").get("id").asText(),
                        a.get("receiver").get("regionCode").asText())).as("%s lists approval %s", viewer,
                        a.get("number").asText()).isTrue();
                listed++;
            }
        }
        assertThat(listed).as("approvals listed in all").isPositive();
    }

    @Test
    void R21_exemption_lists_hold_only_exemptions_naming_the_caller_or_in_its_jurisdiction() throws Exception {
        int listed = 0;
        for (Viewer viewer : everyone()) {
            for (JsonNode e : pages(viewer, "/api/v1/exemptions")) {
                assertThat(oracle.approval(viewer, e.get("producer").get("id").asText(),
                        e.get("producer").get("regionCode").asText(), e.get("utilizer").get("id").asText(),
                        e.get("utilizer").get("regionCode").asText())).as("%s lists exemption %s", viewer,
                        e.get("id").asText()).isTrue();
                listed++;
            }
        }
        assertThat(listed).as("exemptions listed in all").isPositive();
    }

    @Test
    void R21_alerts_are_those_of_the_regulators_jurisdiction() throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (pages(REGULATORS.get(1), "/api/v1/oversight/alerts?state=ALL").isEmpty()) {
            assertThat(System.nanoTime()).as("the trips' discrepancy alerts within 2 minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
        int listed = 0;
        for (Viewer viewer : REGULATORS) {
            for (JsonNode alert : pages(viewer, "/api/v1/oversight/alerts?state=ALL")) {
                assertThat(oracle.inJurisdiction(viewer, VisibilityOracle.text(alert, "originRegion"),
                        VisibilityOracle.text(alert, "destinationRegion"))).as("%s sees alert %s", viewer,
                        alert.get("detail").asText()).isTrue();
                listed++;
            }
        }
        assertThat(listed).as("alerts listed in all").isPositive();
    }

    @Test
    void R21_flows_and_key_units_stay_inside_the_regulators_jurisdiction() throws Exception {
        for (Viewer viewer : REGULATORS) {
            JsonNode flows = api.read(api.get(viewer.account(), "/api/v1/oversight/flows").andExpect(status().isOk()));
            Map<String, String> nodeRegions = new HashMap<>();
            flows.get("byEnterprise").get("nodes").forEach(n -> nodeRegions.put(n.get("id").asText(),
                    n.get("regionCode").asText()));
            for (JsonNode link : flows.get("byEnterprise").get("links")) {
                assertThat(oracle.inJurisdiction(viewer, nodeRegions.get(link.get("source").asText()),
                        nodeRegions.get(link.get("target").asText()))).as("%s sees flow %s", viewer, link).isTrue();
            }
            JsonNode keyUnits = api.read(api.get(viewer.account(), "/api/v1/oversight/key-units")
                    .andExpect(status().isOk()));
            for (JsonNode unit : keyUnits.get("units")) {
                assertThat(oracle.inJurisdiction(viewer, unit.get("regionCode").asText()))
                        .as("%s sees key unit %s", viewer, unit.get("name").asText()).isTrue();
            }
        }
    }

    @Test
    void R21_the_change_feed_holds_only_events_of_streams_the_caller_may_see() throws Exception {
        int fed = 0;
        for (Viewer viewer : everyone()) {
            long after = 0;
            while (true) {
                JsonNode page = api.read(api.get(viewer.account(), "/api/v1/feed?limit=1000&after=" + after)
                        .andExpect(status().isOk()));
                for (JsonNode item : page.get("items")) {
                    assertThat(oracle.feedItem(viewer, item)).as("%s is fed %s of %s %s", viewer,
                            item.get("type").asText(), item.get("aggregateType").asText(),
                            item.get("aggregateId").asText()).isTrue();
                    fed++;
                }
                if (page.get("items").isEmpty()) {
                    break;
                }
                after = page.get("next").asLong();
            }
        }
        assertThat(fed).as("events fed in all").isPositive();
    }

    @Test
    void R21_a_caller_lists_only_its_own_webhook_subscriptions() throws Exception {
        String url = "http://127.0.0.1:9/visibility-test";
        api.post("producer", "/api/v1/webhooks", Map.of("url", url)).andExpect(status().isCreated());
        try {
            for (Viewer viewer : everyone()) {
                for (JsonNode subscription : api.read(api.get(viewer.account(), "/api/v1/webhooks")
                        .andExpect(status().isOk()))) {
                    assertThat(viewer.regulator()
                            ? oracle.inJurisdiction(viewer, VisibilityOracle.text(subscription, "region"))
                            : viewer.enterprise().toString().equals(VisibilityOracle.text(subscription, "enterpriseId")))
                            .as("%s lists subscription %s", viewer, subscription).isTrue();
                }
            }
        } finally {
            jdbc.update("update webhook_subscription set active = false where url = ?", url);
        }
    }

    @Test
    void R21_a_contact_person_is_shown_to_its_enterprise_and_the_regulators_of_its_region_only() throws Exception {
        String plant = "/api/v1/enterprises/" + CHEMICAL_PLANT;
        for (String reader : new String[]{"producer", "regulator-jdz", "regulator-jx", Api.ADMIN}) {
            api.get(reader, plant).andExpect(status().isOk()).andExpect(jsonPath("$.contact.name").exists());
        }
        for (String reader : new String[]{"hospital", "carrier", "receiver", "regulator-yc", "regulator-gd"}) {
            api.get(reader, plant).andExpect(status().isOk()).andExpect(jsonPath("$.contact").doesNotExist())
                    .andExpect(jsonPath("$.contactRef").doesNotExist());
        }
    }

    private static List<Viewer> everyone() {
        List<Viewer> viewers = new ArrayList<>(PARTIES);
        viewers.addAll(REGULATORS);
        return viewers;
    }

    /** Every item of a paged list, page after page. */
    private List<JsonNode> pages(Viewer viewer, String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = api.read(api.get(viewer.account(), path + separator + "size=200&page=" + page)
                    .andExpect(status().isOk()));
            answer.get("items").forEach(items::add);
            if (answer.get("items").size() < 200) {
                return items;
            }
        }
    }
}
