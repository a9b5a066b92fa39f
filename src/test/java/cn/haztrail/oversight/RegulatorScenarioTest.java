package cn.haztrail.oversight;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.support.Api;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Several producers, a carrier and two receivers in two cities of Jiangxi and one of Guangdong; the regulators'
 * indicators, flows, key units and alerts are checked against figures worked out by hand below.
 *
 * <pre>
 * 上饶 producer (361102): A1 10 t HW08 → 德兴 receiver, accepted 10 t, incinerated (D10)
 *                          A2  2 t HW49 → 德兴, accepted 2 t, landfilled (D1)
 *                          A3 100 t HW08 stays in storage
 *                          A4  1 t HW49 → 德兴, accepted 0.9 t (10 % short: a discrepancy), not yet treated
 * 抚州 producer (361002): B1  8 t HW17 → 德兴, accepted 8 t, utilized (R4)
 *                          B2  4 t HW08 → 汕头 receiver (Guangdong) under an approval, carried by the 景德镇 carrier,
 *                          accepted 4 t, utilized (R9)
 * 上饶, origin view:   generated 113; incinerated 10, landfilled 2, disposed 12, utilized 0;
 *                      rate 12 / 113 = 0.1062; landfill share 2 / 12 = 0.1667; in storage at the end 100 + 1 = 101
 * 抚州, origin view:   generated 12; utilized 12; rate 12 / 12 = 1.0000; landfill share 0 / 12 = 0.0000
 * 上饶, facility view: received 10 + 2 + 0.9 + 8 = 20.9; treated 20; rate 20 / 20.9 = 0.9569
 * Flows seen by 抚州: 8 t to 上饶 and 4 t across the province border to 汕头: 12 t in all, 4 t cross-province
 * Key units of 上饶 in the year: the producer (113 t ≥ 100 t) and the licensed receiver
 * Alerts: A4's short delivery is an open discrepancy for 上饶 (and Jiangxi), not for 抚州 or Guangdong
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorScenarioTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    Api api;
    CustodyFlow flow;
    ScenarioParties parties;
    String period;
    String shortDelivery;

    @BeforeAll
    void runTheScenario() throws Exception {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        parties = ScenarioParties.register(api, accounts);
        LocalDate today = LocalDate.now(SHANGHAI);
        period = "from=" + today.minusDays(30) + "&to=" + today;

        JsonNode a1 = flow.registerBatch("sr-producer", "900-249-08", "10000", "LIQUID", "DRUM", 50, List.of("T", "I"));
        JsonNode a2 = flow.registerBatch("sr-producer", "900-041-49", "2000", "SOLID", "BAG", 20, List.of("T"));
        flow.registerBatch("sr-producer", "900-249-08", "100000", "LIQUID", "TANK", 5, List.of("T", "I"));
        JsonNode a4 = flow.registerBatch("sr-producer", "900-041-49", "1000", "SOLID", "BAG", 10, List.of("T"));
        shortDelivery = id(a4);
        JsonNode b1 = flow.registerBatch("fz-producer", "336-064-17", "8000", "SEMI_SOLID", "DRUM", 40, List.of("C"));
        JsonNode b2 = flow.registerBatch("fz-producer", "900-249-08", "4000", "LIQUID", "DRUM", 20, List.of("T", "I"));

        String m1 = transfer("sr-producer", parties.receiverShangrao, List.of(a1, a2, a4), "D10", Map.of(),
                parties.carrier, "sr-carrier", "赣E12345");
        receive("sr-receiver", m1, List.of(
                CustodyFlow.acceptLine(id(a1), "ACCEPT", "10000", 50, "D10"),
                CustodyFlow.acceptLine(id(a2), "ACCEPT", "2000", 20, "D1"),
                CustodyFlow.acceptLine(id(a4), "PARTIAL", "900", 10, "D10")));
        flow.dispose("sr-receiver", id(a1), "D10", "10000");
        flow.dispose("sr-receiver", id(a2), "D1", "2000");

        String m2 = transfer("fz-producer", parties.receiverShangrao, List.of(b1), "R4", Map.of(),
                parties.carrier, "sr-carrier", "赣E12345");
        receive("sr-receiver", m2, List.of(CustodyFlow.acceptLine(id(b1), "ACCEPT", "8000", 40, "R4")));
        flow.dispose("sr-receiver", id(b1), "R4", "8000");

        String approval = api.read(api.post("regulator-jx", "/api/v1/approvals", Map.of("number",
                "赣环固审〔2026〕" + System.nanoTime(), "consignorId", parties.producerFuzhou,
                "receiverId", parties.receiverShantou, "wasteCodes", List.of("900-249-08"), "methodCode", "R9",
                "quantityCapTonnes", "10", "validFrom", CustodyFlow.PLANNED_DATE.minusDays(10).toString(),
                "validTo", today.plusMonths(6).toString())).andExpect(status().isCreated())).get("id").asText();
        String m3 = transfer("fz-producer", parties.receiverShantou, List.of(b2), "R9", Map.of("approvalId", approval),
                DemoParties.CARRIER, "carrier", "赣H12345");
        receive("st-receiver", m3, List.of(CustodyFlow.acceptLine(id(b2), "ACCEPT", "4000", 20, "R9")));
        flow.dispose("st-receiver", id(b2), "R9", "4000");

        new StreamingProcessors(api, jdbc).awaitCaughtUp("oversight");
    }

    @Test
    void the_short_delivery_is_an_open_discrepancy_alert_for_the_regulators_of_its_region_only() throws Exception {
        assertThat(openDiscrepancies("regulator-sr")).containsExactly(shortDelivery);
        assertThat(openDiscrepancies("regulator-jx")).contains(shortDelivery);
        assertThat(openDiscrepancies("regulator-fz")).doesNotContain(shortDelivery);
        assertThat(openDiscrepancies("regulator-gd")).doesNotContain(shortDelivery);
    }

    @Test
    void the_origin_indicators_of_shangrao_count_what_its_producers_generated_and_what_became_of_it() throws Exception {
        JsonNode totals = indicators("regulator-sr", "361100", "origin").get("totals");
        assertThat(totals.get("generated").asText()).isEqualTo("113.000");
        assertThat(totals.get("incinerated").asText()).isEqualTo("10.000");
        assertThat(totals.get("landfilled").asText()).isEqualTo("2.000");
        assertThat(totals.get("utilized").asText()).isEqualTo("0.000");
        assertThat(totals.get("disposed").asText()).isEqualTo("12.000");
        assertThat(totals.get("inStorageAtEnd").asText()).isEqualTo("101.000");
        assertThat(totals.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("0.1062");
        assertThat(totals.get("landfillShare").decimalValue()).isEqualByComparingTo("0.1667");
    }

    @Test
    void the_origin_indicators_of_fuzhou_follow_its_waste_across_the_province_border() throws Exception {
        JsonNode totals = indicators("regulator-fz", "361000", "origin").get("totals");
        assertThat(totals.get("generated").asText()).isEqualTo("12.000");
        assertThat(totals.get("utilized").asText()).isEqualTo("12.000");
        assertThat(totals.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("1.0000");
        assertThat(totals.get("landfillShare").decimalValue()).isEqualByComparingTo("0.0000");
    }

    @Test
    void the_facility_indicators_of_shangrao_count_what_its_receiver_received_and_treated() throws Exception {
        JsonNode totals = indicators("regulator-sr", "361100", "facility").get("totals");
        assertThat(totals.get("received").asText()).isEqualTo("20.900");
        assertThat(totals.get("utilized").asText()).isEqualTo("8.000");
        assertThat(totals.get("incinerated").asText()).isEqualTo("10.000");
        assertThat(totals.get("landfilled").asText()).isEqualTo("2.000");
        assertThat(totals.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("0.9569");
    }

    @Test
    void the_flows_of_fuzhou_show_the_cross_province_transfer() throws Exception {
        JsonNode flows = api.read(api.get("regulator-fz", "/api/v1/oversight/flows?region=361000&" + period)
                .andExpect(status().isOk()));
        assertThat(flows.get("totalTonnes").asText()).isEqualTo("12.000");
        assertThat(flows.get("crossProvinceTonnes").asText()).isEqualTo("4.000");
    }

    @Test
    void the_key_units_of_shangrao_are_derived_from_the_data() throws Exception {
        int year = LocalDate.now(SHANGHAI).getYear();
        JsonNode units = api.read(api.get("regulator-sr", "/api/v1/oversight/key-units?region=361100&year=" + year)
                .andExpect(status().isOk())).get("units");
        List<String> found = new ArrayList<>();
        units.forEach(unit -> found.add(unit.get("name").asText() + " " + unit.get("reasons")));
        assertThat(found).containsExactlyInAnyOrder(
                "上饶市信州精细化工有限公司 [\"GENERATED_100_TONNES\"]",
                "德兴市危险废物处置有限公司 [\"BUSINESS_LICENCE\"]");
    }

    @Test
    void R21_a_regulator_cannot_ask_about_a_region_outside_its_jurisdiction() throws Exception {
        api.get("regulator-sr", "/api/v1/oversight/indicators?region=361000&" + period)
                .andExpect(status().isForbidden());
    }

    private JsonNode indicators(String user, String region, String view) throws Exception {
        return api.read(api.get(user, "/api/v1/oversight/indicators?region=" + region + "&view=" + view + "&" + period)
                .andExpect(status().isOk()));
    }

    private String transfer(String consignor, UUID receiver, List<JsonNode> batches, String method,
                            Map<String, Object> extra, UUID carrier, String carrierUser, String plate) throws Exception {
        String manifest = flow.draft(consignor, receiver, List.of(carrier), plate,
                batches.stream().map(RegulatorScenarioTest::id).toList(), method, extra).get("id").asText();
        flow.submit(consignor, manifest);
        flow.pickUp(carrierUser, manifest, plate, batches.stream().map(b -> b.get("labelId").asText()).toList());
        flow.arrive(carrierUser, manifest);
        return manifest;
    }

    private void receive(String receiver, String manifest, List<Map<String, Object>> lines) throws Exception {
        api.post(receiver, "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(lines))
                .andExpect(status().isOk());
    }

    private List<String> openDiscrepancies(String regulator) throws Exception {
        List<String> batches = new ArrayList<>();
        api.read(api.get(regulator, "/api/v1/oversight/alerts?type=DISCREPANCY&state=OPEN&size=200")
                .andExpect(status().isOk())).get("items").forEach(alert -> batches.add(alert.at("/subject/batchId").asText()));
        return batches;
    }

    private static String id(JsonNode batch) {
        return batch.get("id").asText();
    }
}
