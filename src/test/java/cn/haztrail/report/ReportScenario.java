package cn.haztrail.report;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.TestCreditCodes;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hand-computed year of the report tests, in 新余 (360500), a city no other test uses, made once per test run.
 *
 * <p>In 渝水区 (360502): a producer, and a disposal facility with one licence (total 60 t) of two lines: HW08 by D10
 * and R9, 40 t; HW17 by D10, 20 t. Three manifests this year: 10 t of HW08 accepted whole for R9; 8 t of HW08
 * accepted in part, 6 t, for D10; 5 t of HW17 accepted whole for D10. The first batch is utilized by R9 (10 t), the
 * second incinerated by D10 (6 t), the third stays in storage. Also a collector holding a collection-only licence.
 *
 * <p>In 分宜县 (360521): a producer generating 2 t of HW24 (arsenic), 1 t of HW21 (chromium) and 0.5 t of HW32
 * (fluoride), kept in storage; and a facility licensed for HW21 and HW24 with no line capacity, 30 t in total.
 */
public final class ReportScenario {

    static final String PASSWORD = Api.DEMO_PASSWORD;
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static ReportScenario made;

    public final int year = LocalDate.now(SHANGHAI).getYear();
    public UUID producer;
    public UUID receiver;
    public UUID collector;
    public UUID producerFenyi;
    public UUID receiverFenyi;
    String licenceNumber;

    public static synchronized ReportScenario once(Api api, AccountService accounts) throws Exception {
        if (made == null) {
            ReportScenario scenario = new ReportScenario();
            scenario.make(api, accounts);
            made = scenario;
        }
        return made;
    }

    private void make(Api api, AccountService accounts) throws Exception {
        producer = enterprise(api, "360502", "新余市渝水精细化工有限公司", "PRODUCER");
        receiver = enterprise(api, "360502", "新余市危险废物处置中心有限公司", "RECEIVER");
        collector = enterprise(api, "360502", "新余市绿源危废收集有限公司", "COLLECTOR");
        producerFenyi = enterprise(api, "360521", "分宜县冶炼化工有限公司", "PRODUCER");
        receiverFenyi = enterprise(api, "360521", "分宜县重金属废物处置有限公司", "RECEIVER");
        licenceNumber = "赣危废经字第3605" + System.nanoTime() + "号";
        licence(api, receiver, licenceNumber, "COMPREHENSIVE", "60", List.of(
                line("HW08", List.of("D10", "R9"), "40"), line("HW17", List.of("D10"), "20")));
        licence(api, collector, "赣危废收字第3605" + System.nanoTime() + "号", "COLLECTION", "10", List.of(
                line("HW08", List.of("HTC1", "HTS1"), null)));
        licence(api, receiverFenyi, "赣危废经字第3605" + System.nanoTime() + "号", "COMPREHENSIVE", "30", List.of(
                line("HW21", List.of("D1"), null), line("HW24", List.of("D1"), null)));
        accounts.createIfAbsent("xy-producer", PASSWORD, Role.PRODUCER, producer, null);
        accounts.createIfAbsent("xy-receiver", PASSWORD, Role.RECEIVER, receiver, null);
        accounts.createIfAbsent("xy-collector", PASSWORD, Role.COLLECTOR, collector, null);
        accounts.createIfAbsent("fy-producer", PASSWORD, Role.PRODUCER, producerFenyi, null);
        accounts.createIfAbsent("regulator-xy", PASSWORD, Role.REGULATOR, null, "360500");

        CustodyFlow flow = new CustodyFlow(api);
        String oil = trip(api, flow, "900-249-08", "10000", List.of("T", "I"), "R9", "ACCEPT", "10000");
        String partOil = trip(api, flow, "900-249-08", "8000", List.of("T", "I"), "D10", "PARTIAL", "6000");
        trip(api, flow, "336-064-17", "5000", List.of("T", "C"), "D10", "ACCEPT", "5000");
        flow.dispose("xy-receiver", oil, "R9", "10000");
        flow.dispose("xy-receiver", partOil, "D10", "6000");

        flow.registerBatch("fy-producer", "261-139-24", "2000", "SOLID", "BAG", 2, List.of("T"));
        flow.registerBatch("fy-producer", "193-002-21", "1000", "SOLID", "BAG", 1, List.of("T"));
        flow.registerBatch("fy-producer", "900-026-32", "500", "LIQUID", "DRUM", 1, List.of("T", "C"));
    }

    /** One batch from the producer to the facility by the demo carrier, received as stated; answers the batch id. */
    private String trip(Api api, CustodyFlow flow, String code, String kg, List<String> hazards, String method,
                        String decision, String acceptedKg) throws Exception {
        JsonNode batch = flow.registerBatch("xy-producer", code, kg, "LIQUID", "DRUM", 4, hazards);
        String batchId = batch.get("id").asText();
        String manifest = flow.draft("xy-producer", receiver, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batchId), method, Map.of()).get("id").asText();
        flow.submit("xy-producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        api.post("xy-receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batchId, decision, acceptedKg, 4, method)))).andExpect(status().isOk());
        return batchId;
    }

    private static Map<String, Object> line(String scope, List<String> methods, String capacity) {
        Map<String, Object> line = new HashMap<>();
        line.put("scope", scope);
        line.put("excludedCodes", List.of());
        line.put("methods", methods);
        if (capacity != null) {
            line.put("annualCapacityTonnes", capacity);
        }
        return line;
    }

    private void licence(Api api, UUID holder, String number, String mode, String total,
                         List<Map<String, Object>> lines) throws Exception {
        api.post(Api.ADMIN, "/api/v1/enterprises/" + holder + "/licences", Map.of("number", number, "mode", mode,
                "lines", lines, "annualCapacityTonnes", total, "validFrom", year + "-01-01",
                "validTo", (year + 2) + "-12-31")).andExpect(status().isCreated());
    }

    private static UUID enterprise(Api api, String region, String name, String role) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next(region));
        body.put("name", name);
        body.put("regionCode", region);
        body.put("address", name + "厂区");
        body.put("contact", Map.of("name", "联系人", "phone", "0790-6000000"));
        body.put("roles", List.of(role));
        return UUID.fromString(api.read(api.post(Api.ADMIN, "/api/v1/enterprises", body)
                .andExpect(status().isCreated())).get("id").asText());
    }
}
