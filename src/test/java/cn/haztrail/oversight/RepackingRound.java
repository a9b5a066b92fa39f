package cn.haztrail.oversight;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.LicenceBodies;
import cn.haztrail.support.TestCreditCodes;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round of R45's tests, in 长沙 (430100), a city no other test uses; waste mineral oil (HW08, 900-249-08) only.
 *
 * <pre>
 * Producers: P1 芙蓉区 430102, P2 天心区 430103, P3, P4 and P5 开福区 430105; collector 岳麓区 430104;
 *            incinerator F1 雨花区 430111 (D10); recycler F2 长沙县 430121 (R9).
 * a  10 t (P1) → collector, accepted 10 t
 * b   6 t (P2) → collector, accepted  6 t
 * c   4 t (P3) → collector, accepted  4 t
 * d   8 t (P4) → collector, accepted  8 t
 * e   5 t (P5) → collector, PARTIAL: accepted 3 t (2 t not accepted, held by the collector)
 * f   1 t (P5) stays at its producer
 * K1 = a 10 + b 6 = 16 taken → 15.6 t, loss 0.4 t        → F1, accepted 15.6 t, incinerated (D10) 15.6 t
 * split e (5 t taken): e1 2 t (the part not accepted), e2 3 t; e1 goes back to P5 on a RETURN, accepted 2 t
 * K2 = c 4 + d 4 + e2 3 = 11 taken → 11 t, no loss         → F2, accepted 11 t, utilized (R9) 11 t
 * d keeps its other 4 t at the collector.
 * </pre>
 */
final class RepackingRound {

    static final String PLATE = "赣H12345";
    private static RepackingRound made;

    UUID p1;
    UUID p2;
    UUID p3;
    UUID p4;
    UUID p5;
    UUID collector;
    UUID incinerator;
    UUID recycler;
    String a;
    String b;
    String c;
    String d;
    String e;
    String f;
    String e1;
    String e2;
    /** The manifest of the last batch sent to the collector: e's. */
    String eManifest;
    String k1;
    String k2;

    static synchronized RepackingRound once(Api api, AccountService accounts) throws Exception {
        if (made == null) {
            RepackingRound round = new RepackingRound();
            round.run(api, accounts, new CustodyFlow(api));
            made = round;
        }
        return made;
    }

    private void run(Api api, AccountService accounts, CustodyFlow flow) throws Exception {
        p1 = enterprise(api, "430102", "长沙市芙蓉机械修理有限公司", "PRODUCER");
        p2 = enterprise(api, "430103", "长沙市天心汽车维修有限公司", "PRODUCER");
        p3 = enterprise(api, "430105", "长沙市开福印刷有限公司", "PRODUCER");
        p4 = enterprise(api, "430105", "长沙市开福机电有限公司", "PRODUCER");
        p5 = enterprise(api, "430105", "长沙市开福精工有限公司", "PRODUCER");
        collector = enterprise(api, "430104", "长沙市岳麓危废收集有限公司", "COLLECTOR");
        incinerator = enterprise(api, "430111", "长沙市雨花危险废物焚烧有限公司", "RECEIVER");
        recycler = enterprise(api, "430121", "长沙县废矿物油再生有限公司", "RECEIVER");
        licence(api, collector, "COLLECTION", "HTC1");
        licence(api, incinerator, "COMPREHENSIVE", "D10");
        licence(api, recycler, "COMPREHENSIVE", "R9");
        int n = 1;
        for (UUID producer : List.of(p1, p2, p3, p4, p5)) {
            accounts.createIfAbsent("cs-producer-" + n++, Api.DEMO_PASSWORD, Role.PRODUCER, producer, null);
        }
        accounts.createIfAbsent("cs-collector", Api.DEMO_PASSWORD, Role.COLLECTOR, collector, null);
        accounts.createIfAbsent("cs-incinerator", Api.DEMO_PASSWORD, Role.RECEIVER, incinerator, null);
        accounts.createIfAbsent("cs-recycler", Api.DEMO_PASSWORD, Role.RECEIVER, recycler, null);
        accounts.createIfAbsent("regulator-hn", Api.DEMO_PASSWORD, Role.REGULATOR, null, "430000");

        a = toCollector(api, flow, "cs-producer-1", "10000", "ACCEPT", "10000");
        b = toCollector(api, flow, "cs-producer-2", "6000", "ACCEPT", "6000");
        c = toCollector(api, flow, "cs-producer-3", "4000", "ACCEPT", "4000");
        d = toCollector(api, flow, "cs-producer-4", "8000", "ACCEPT", "8000");
        e = toCollector(api, flow, "cs-producer-5", "5000", "PARTIAL", "3000");
        f = flow.registerBatch("cs-producer-5", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"))
                .get("id").asText();

        JsonNode first = consolidate(api, List.of(source(a, "10000"), source(b, "6000")), "15600", "400");
        k1 = first.get("id").asText();
        JsonNode parts = api.read(api.post("cs-collector", "/api/v1/batches/" + e + "/split", Map.of("parts",
                List.of(Map.of("quantity", kg("2000")), Map.of("quantity", kg("3000")))))
                .andExpect(status().isCreated()));
        e1 = parts.get(0).get("id").asText();
        e2 = parts.get(1).get("id").asText();
        JsonNode second = consolidate(api, List.of(source(c, "4000"), source(d, "4000"), source(e2, "3000")),
                "11000", null);
        k2 = second.get("id").asText();

        onward(api, flow, first, incinerator, "cs-incinerator", "D10", "15600");
        onward(api, flow, second, recycler, "cs-recycler", "R9", "11000");
        returned(api, flow, parts.get(0));
    }

    /** The part e's receipt did not accept goes back to P5 on a return manifest following e's, accepted whole. */
    private void returned(Api api, CustodyFlow flow, JsonNode part) throws Exception {
        String id = part.get("id").asText();
        String back = flow.draft("cs-producer-5", p5, List.of(DemoParties.CARRIER), PLATE, List.of(id), null,
                Map.of("kind", "RETURN", "previousManifestId", eManifest)).get("id").asText();
        flow.submit("cs-producer-5", back);
        flow.pickUp("carrier", back, PLATE, List.of(part.get("labelId").asText()));
        flow.arrive("carrier", back);
        api.post("cs-producer-5", "/api/v1/manifests/" + back + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id, "ACCEPT", "2000", 5, null)))).andExpect(status().isOk());
    }

    /** One producer's batch, on its own manifest to the collector, received as stated; answers the batch id. */
    private String toCollector(Api api, CustodyFlow flow, String producer, String kg, String decision,
                               String acceptedKg) throws Exception {
        JsonNode batch = flow.registerBatch(producer, "900-249-08", kg, "LIQUID", "DRUM", 5, List.of("T", "I"));
        String id = batch.get("id").asText();
        String manifest = flow.draft(producer, collector, List.of(DemoParties.CARRIER), PLATE, List.of(id), "HTC1",
                Map.of()).get("id").asText();
        flow.submit(producer, manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        api.post("cs-collector", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id, decision, acceptedKg, 5, "HTC1")))).andExpect(status().isOk());
        eManifest = manifest;
        return id;
    }

    /** A new batch of the collector to its final facility, accepted whole and utilized or disposed of whole. */
    private void onward(Api api, CustodyFlow flow, JsonNode batch, UUID facility, String user, String method,
                        String kg) throws Exception {
        String id = batch.get("id").asText();
        String manifest = flow.draft("cs-collector", facility, List.of(DemoParties.CARRIER), PLATE, List.of(id),
                method, Map.of()).get("id").asText();
        flow.submit("cs-collector", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        api.post(user, "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id, "ACCEPT", kg, 5, method)))).andExpect(status().isOk());
        flow.dispose(user, id, method, kg);
    }

    private static JsonNode consolidate(Api api, List<Map<String, Object>> sources, String kg, String lossKg)
            throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("sources", sources);
        body.put("quantity", kg(kg));
        if (lossKg != null) {
            body.put("loss", kg(lossKg));
            body.put("lossReason", "沥干的水分");
        }
        return api.read(api.post("cs-collector", "/api/v1/batches/consolidations", body)
                .andExpect(status().isCreated()));
    }

    private static Map<String, Object> source(String batchId, String kg) {
        return Map.of("batchId", batchId, "quantity", kg(kg));
    }

    private static Map<String, Object> kg(String value) {
        return Map.of("value", value, "unit", "kg");
    }

    private static UUID enterprise(Api api, String region, String name, String role) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next(region));
        body.put("name", name);
        body.put("regionCode", region);
        body.put("address", name + "厂区");
        body.put("contact", Map.of("name", "联系人", "phone", "0731-8000000"));
        body.put("roles", List.of(role));
        return UUID.fromString(api.read(api.post(Api.ADMIN, "/api/v1/enterprises", body)
                .andExpect(status().isCreated())).get("id").asText());
    }

    private static void licence(Api api, UUID holder, String mode, String method) throws Exception {
        api.post(Api.ADMIN, "/api/v1/enterprises/" + holder + "/licences", Map.of(
                "number", "湘危废字" + System.nanoTime(), "mode", mode,
                "lines", LicenceBodies.lines(List.of("HW08"), List.of(method)), "annualCapacityTonnes", "50000",
                "validFrom", "2026-01-01", "validTo", "2028-12-31")).andExpect(status().isCreated());
    }
}
