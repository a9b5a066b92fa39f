package cn.haztrail.oversight.indicators;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Indicators, flows and key units through HTTP after real custody chains. A producer created for the test in
 * 浮梁县 (360222, 景德镇) generates five batches: 1 t of HW08 incinerated (D10) and 0.2 t of HW49 landfilled (D1)
 * by the disposal centre in 景德镇, 0.5 t of HW08 co-processed (C1) by the cement plant in 宜春, 120 t of HW08 kept
 * in storage, and 200 L that have no mass. Other tests share the database, so indicator figures are compared as
 * differences taken after the processor has caught up; flows and key units are the test producer's own.
 */
@IntegrationTest
class IndicatorsApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> QUANTITIES = List.of("generated", "received", "stockCarriedIn", "utilized",
            "incinerated", "coProcessed", "landfilled", "otherDisposal", "disposed", "inStorageAtEnd");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.0002");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    EventProcessingConfiguration processing;
    Api api;
    CustodyFlow flow;
    FactsAwait await;
    String period;
    String producerAccount;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        await = new FactsAwait(processing, jdbc);
        LocalDate today = LocalDate.now(SHANGHAI);
        period = "from=" + today.minusDays(2) + "&to=" + today;
    }

    @Test
    void indicators_flows_and_key_units_follow_the_test_producers_batches() throws Exception {
        await.caughtUp();
        JsonNode jdzOrigin = indicators("regulator-jdz", "");
        JsonNode jdzFacility = indicators("regulator-jdz", "&view=facility");
        JsonNode jxOrigin = indicators("regulator-jx", "");
        JsonNode jxFacility = indicators("regulator-jx", "&view=facility");

        String producerId = registerProducer();
        moveAndDisposeTheTestBatches(producerId);

        JsonNode after = FactsAwait.until(() -> indicators("regulator-jdz", ""),
                // a batch's disposal and its manifest's receipt may be counted in either order (segments), so
                // the test waits for both
                now -> difference(jdzOrigin, now, "totals", "disposed").compareTo(new BigDecimal("1.700")) == 0
                        && difference(jdzOrigin, now, "totals", "received").compareTo(new BigDecimal("1.700")) == 0
                        && difference(jdzOrigin, now, "totals", "generated").compareTo(new BigDecimal("121.700")) == 0,
                "the test batches in the indicators of 景德镇");
        assertDifferences(jdzOrigin, after, "totals", Map.of("generated", "121.700", "received", "1.700",
                "incinerated", "1.000", "coProcessed", "0.500", "landfilled", "0.200", "disposed", "1.700",
                "inStorageAtEnd", "120.000"));
        assertThat(after.at("/totals/batchesLeftOut").asInt() - jdzOrigin.at("/totals/batchesLeftOut").asInt())
                .isEqualTo(1);
        assertDifferences(jdzOrigin, after, "HW49", Map.of("generated", "0.200", "received", "0.200",
                "landfilled", "0.200", "disposed", "0.200"));
        assertRatesMatchFigures(after.get("totals"), "generated");
        assertThat(after.get("region").asText()).isEqualTo("360200");
        assertThat(after.get("regionName").asText()).isEqualTo("景德镇市");

        assertDifferences(jdzFacility, indicators("regulator-jdz", "&view=facility"), "totals",
                Map.of("received", "1.200", "incinerated", "1.000", "landfilled", "0.200", "disposed", "1.200"));
        assertDifferences(jxOrigin, indicators("regulator-jx", ""), "totals", Map.of("generated", "121.700",
                "received", "1.700", "incinerated", "1.000", "coProcessed", "0.500", "landfilled", "0.200",
                "disposed", "1.700", "inStorageAtEnd", "120.000"));
        JsonNode jxFacilityAfter = indicators("regulator-jx", "&view=facility");
        assertDifferences(jxFacility, jxFacilityAfter, "totals", Map.of("received", "1.700", "incinerated", "1.000",
                "coProcessed", "0.500", "landfilled", "0.200", "disposed", "1.700"));
        assertThat(jxFacilityAfter.at("/totals/generated").isNull()).isTrue();
        assertRatesMatchFigures(jxFacilityAfter.get("totals"), "received");

        assertFlows("regulator-jdz", producerId);
        assertFlows("regulator-jx", producerId);
        assertKeyUnits("regulator-jdz", producerId, DemoParties.DISPOSAL_CENTRE.toString(), List.of("BUSINESS_LICENCE"));
        assertKeyUnits("regulator-jx", producerId, DemoParties.CEMENT_PLANT.toString(),
                List.of("OWN_FACILITY", "BUSINESS_LICENCE"));
    }

    @Test
    void a_replay_empties_the_facts_and_rebuilds_the_same_figures() throws Exception {
        flow.registerBatch("producer", "900-249-08", "750.5", "LIQUID", "DRUM", 3, List.of("T", "I"));
        await.caughtUp();
        String thisYear = "&from=" + LocalDate.now(SHANGHAI).withDayOfYear(1);
        JsonNode before = indicators("regulator-jx", thisYear);
        assertThat(new BigDecimal(before.at("/totals/generated").asText())).isPositive();
        JsonNode keyUnits = api.read(api.get("regulator-jx", "/api/v1/oversight/key-units"));

        api.post(Api.ADMIN, "/api/v1/admin/projections/" + FactsProjection.GROUP + "/replay", Map.of())
                .andExpect(status().isOk());
        await.caughtUp();

        assertThat(indicators("regulator-jx", thisYear)).isEqualTo(before);
        assertThat(api.read(api.get("regulator-jx", "/api/v1/oversight/key-units"))).isEqualTo(keyUnits);
    }

    /** Registers a producer in 360222 with an account of its own; answers the enterprise id. */
    private String registerProducer() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next("360222"));
        body.put("name", "浮梁县指标测试化工有限公司" + System.nanoTime());
        body.put("regionCode", "360222");
        body.put("address", "江西省景德镇市浮梁县测试路1号");
        body.put("contact", Map.of("name", "测试联系人", "phone", "0798-8000000"));
        body.put("roles", List.of("PRODUCER"));
        String id = api.read(api.post(Api.ADMIN, "/api/v1/enterprises", body).andExpect(status().isCreated()))
                .get("id").asText();
        producerAccount = "indicators-producer-" + System.nanoTime();
        accounts.createIfAbsent(producerAccount, Api.DEMO_PASSWORD, Role.PRODUCER, UUID.fromString(id), null);
        return id;
    }

    private void moveAndDisposeTheTestBatches(String producerId) throws Exception {
        String user = producerAccount;
        JsonNode oil = flow.registerBatch(user, "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        JsonNode packs = flow.registerBatch(user, "900-041-49", "200", "SOLID", "BAG", 10, List.of("T"));
        JsonNode kilnOil = flow.registerBatch(user, "900-249-08", "500", "LIQUID", "DRUM", 2, List.of("T", "I"));
        flow.registerBatch(user, "900-249-08", "120000", "LIQUID", "TANK", 1, List.of("T", "I"));
        Map<String, Object> litres = new HashMap<>();
        litres.put("wasteCode", "900-249-08");
        litres.put("quantity", Map.of("value", "200", "unit", "L"));
        litres.put("physicalForm", "LIQUID");
        litres.put("packaging", Map.of("type", "DRUM", "count", 1));
        litres.put("hazardCharacteristics", List.of("T", "I"));
        litres.put("mainComponents", "废矿物油");
        litres.put("generatedAt", Instant.now().minusSeconds(3_600).toString());
        litres.put("storageLocation", "危废暂存间B区");
        api.post(user, "/api/v1/batches", litres).andExpect(status().isCreated());

        String toCentre = flow.draft(user, DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(id(oil), id(packs)), "D10", Map.of()).get("id").asText();
        flow.submit(user, toCentre);
        flow.pickUp("carrier", toCentre, "赣H12345", List.of(label(oil), label(packs)));
        flow.arrive("carrier", toCentre);
        api.post("receiver", "/api/v1/manifests/" + toCentre + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id(oil), "ACCEPT", "1000", 5, "D10"),
                CustodyFlow.acceptLine(id(packs), "ACCEPT", "200", 10, "D1")))).andExpect(status().isOk());
        flow.dispose("receiver", id(oil), "D10", "1000");
        flow.dispose("receiver", id(packs), "D1", "200");

        String toKiln = flow.draft(user, DemoParties.CEMENT_PLANT, List.of(DemoParties.CARRIER), "赣H67890",
                List.of(id(kilnOil)), "C1", Map.of()).get("id").asText();
        flow.submit(user, toKiln);
        flow.pickUp("carrier", toKiln, "赣H67890", List.of(label(kilnOil)));
        flow.arrive("carrier", toKiln);
        api.post("cement", "/api/v1/manifests/" + toKiln + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id(kilnOil), "ACCEPT", "500", 2, "C1")))).andExpect(status().isOk());
        flow.dispose("cement", id(kilnOil), "C1", "500");
    }

    private void assertFlows(String regulator, String producerId) throws Exception {
        JsonNode flows = api.read(api.get(regulator, "/api/v1/oversight/flows?" + period)
                .andExpect(status().isOk()));
        String producer = "producer:" + producerId;
        assertThat(flows.at("/byEnterprise/links").valueStream().filter(l -> l.get("source").asText().equals(producer))
                .map(l -> l.get("target").asText() + " " + l.get("category").asText() + " " + l.get("value").asText()
                        + " " + l.get("batches").asInt() + " " + l.get("crossProvince").asBoolean()))
                .containsExactlyInAnyOrder(
                        "receiver:" + DemoParties.DISPOSAL_CENTRE + " HW08 1.000 1 false",
                        "receiver:" + DemoParties.DISPOSAL_CENTRE + " HW49 0.200 1 false",
                        "receiver:" + DemoParties.CEMENT_PLANT + " HW08 0.500 1 false");
        JsonNode node = flows.at("/byEnterprise/nodes").valueStream()
                .filter(n -> n.get("id").asText().equals(producer)).findFirst().orElseThrow();
        assertThat(node.get("side").asText()).isEqualTo("origin");
        assertThat(node.get("regionCode").asText()).isEqualTo("360222");
        assertThat(node.get("cityCode").asText()).isEqualTo("360200");
        assertThat(node.get("provinceCode").asText()).isEqualTo("360000");
        assertThat(flows.at("/byRegion/links").valueStream().anyMatch(l -> l.get("source").asText()
                .equals("origin:360200") && l.get("target").asText().equals("destination:360900")
                && l.get("category").asText().equals("HW08"))).isTrue();
    }

    private void assertKeyUnits(String regulator, String producerId, String licensed, List<String> licensedReasons)
            throws Exception {
        int year = LocalDate.now(SHANGHAI).getYear();
        JsonNode units = api.read(api.get(regulator, "/api/v1/oversight/key-units?year=" + year)
                .andExpect(status().isOk())).get("units");
        JsonNode mine = unit(units, producerId);
        assertThat(mine.get("generatedTonnes").asText()).isEqualTo("121.700");
        assertThat(mine.get("batchesWithoutMass").asInt()).isEqualTo(1);
        assertThat(mine.get("reasons").valueStream().map(JsonNode::asText)).containsExactly("GENERATED_100_TONNES");
        assertThat(unit(units, licensed).get("reasons").valueStream().map(JsonNode::asText))
                .containsExactlyElementsOf(licensedReasons);
    }

    private static JsonNode unit(JsonNode units, String enterpriseId) {
        return units.valueStream().filter(u -> u.get("enterpriseId").asText().equals(enterpriseId)).findFirst()
                .orElseThrow(() -> new AssertionError("no key unit " + enterpriseId + " in " + units));
    }

    private JsonNode indicators(String regulator, String query) throws Exception {
        String path = query.contains("from=") ? query.substring(1) : period + query;
        return api.read(api.get(regulator, "/api/v1/oversight/indicators?" + path)
                .andExpect(status().isOk()));
    }

    /** Every quantity changed by exactly the expected tonnes (zero where none is given). */
    private static void assertDifferences(JsonNode before, JsonNode after, String scope, Map<String, String> expected) {
        for (String field : QUANTITIES) {
            JsonNode value = figures(after, scope).get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            assertThat(difference(before, after, scope, field)).as(scope + " " + field)
                    .isEqualByComparingTo(expected.getOrDefault(field, "0"));
        }
    }

    private static BigDecimal difference(JsonNode before, JsonNode after, String scope, String field) {
        return tonnes(figures(after, scope), field).subtract(tonnes(figures(before, scope), field));
    }

    /** "totals" or the figures of a category (absent before: all zero). */
    private static JsonNode figures(JsonNode report, String scope) {
        if (scope.equals("totals")) {
            return report.get("totals");
        }
        return report.get("byCategory").valueStream().filter(c -> c.get("category").asText().equals(scope))
                .map(c -> c.get("figures")).findFirst().orElse(JsonNodeFactory.instance.objectNode());
    }

    private static BigDecimal tonnes(JsonNode figures, String field) {
        JsonNode value = figures.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }

    /** The rates follow from the figures (which are rounded to 3 decimals, hence the tolerance). */
    private static void assertRatesMatchFigures(JsonNode totals, String intake) {
        BigDecimal treated = tonnes(totals, "utilized").add(tonnes(totals, "disposed"));
        BigDecimal denominator = tonnes(totals, intake).add(tonnes(totals, "stockCarriedIn"));
        assertThat(new BigDecimal(totals.get("utilizationDisposalRate").asText()))
                .isCloseTo(treated.divide(denominator, 4, RoundingMode.HALF_UP), within(TOLERANCE));
        assertThat(new BigDecimal(totals.get("landfillShare").asText()))
                .isCloseTo(tonnes(totals, "landfilled").divide(treated, 4, RoundingMode.HALF_UP), within(TOLERANCE));
    }

    private static String id(JsonNode batch) {
        return batch.get("id").asText();
    }

    private static String label(JsonNode batch) {
        return batch.get("labelId").asText();
    }
}
