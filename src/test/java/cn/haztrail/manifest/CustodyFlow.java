package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps of the custody chain as HTTP calls by the demo accounts, for end-to-end and concurrency tests here and
 * for the chain-of-custody tests of the oversight package.
 */
public record CustodyFlow(Api api) {

    /** The day every drafted manifest plans its transfer for: fixed, so rules that compare days do not move. */
    public static final LocalDate PLANNED_DATE = LocalDate.of(2026, 11, 25);
    /** Receipt and disposal dates are days in China, whatever the machine's zone. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A manifest of the tests' usual trip, submitted: its id and number, and its one batch. */
    public record SubmittedOil(String id, String number, String batchId, String labelId) {
    }

    /**
     * The tests' usual trip: 1000 kg of waste mineral oil in drums from the chemical plant ({@code producer}), by 安运
     * ({@code carrier}) in 赣H12345 to the disposal centre for D10, on a submitted manifest.
     */
    public SubmittedOil submittedOil(int drums) throws Exception {
        DraftedOil drafted = draftedOil(drums);
        return new SubmittedOil(drafted.id(), submit("producer", drafted.id()).get("number").asText(),
                drafted.batchId(), drafted.labelId());
    }

    /** A manifest of the tests' usual trip, drafted and not yet submitted: its id, and its one batch. */
    public record DraftedOil(String id, String batchId, String labelId) {
    }

    /** The tests' usual trip ({@link #submittedOil}), drafted only. */
    public DraftedOil draftedOil(int drums) throws Exception {
        JsonNode batch = registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", drums, List.of("T", "I"));
        String id = draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        return new DraftedOil(id, batch.get("id").asText(), batch.get("labelId").asText());
    }

    public JsonNode registerBatch(String user, String code, String kg, String form, String packaging, int containers,
                                  List<String> hazards) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("wasteCode", code);
        body.put("quantity", Map.of("value", kg, "unit", "kg"));
        body.put("physicalForm", form);
        body.put("packaging", Map.of("type", packaging, "count", containers));
        body.put("hazardCharacteristics", hazards);
        body.put("mainComponents", "矿物油、水");
        body.put("storageLocation", "危废暂存间A区");
        // Generated a day ago. The whole suite shares one database, and a label's 3-digit sequence allows 999
        // batches per producer, code and day (R07): once a day is used up, waste other than medical (whose 48 hours
        // would run out) is generated a day earlier instead.
        int earliest = code.startsWith("841-") ? 1 : 3;
        for (int days = 1; ; days++) {
            body.put("generatedAt", Instant.now().minusSeconds(86_400L * days).toString());
            ResultActions result = api.post(user, "/api/v1/batches", body);
            if (days == earliest || !sequenceUsedUp(result)) {
                return api.read(result.andExpect(status().isCreated()));
            }
        }
    }

    /** R07 refused the generation day: its label sequence is used up. */
    private static boolean sequenceUsedUp(ResultActions result) throws Exception {
        var response = result.andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return response.getStatus() == 422 && body.contains("\"R07\"") && body.contains("\"generatedAt\"");
    }

    public JsonNode draft(String user, UUID receiver, List<UUID> carriers, String plate, List<String> batchIds,
                          String method, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("receiverId", receiver);
        body.put("carrierIds", carriers);
        body.put("vehiclePlate", plate);
        body.put("plannedDate", PLANNED_DATE.toString());
        body.put("batchIds", batchIds);
        body.put("plannedMethod", method);
        body.put("emergencyMeasures", "泄漏时用吸附棉围堵，禁止明火");
        return api.read(api.post(user, "/api/v1/manifests", body).andExpect(status().isCreated()));
    }

    public JsonNode submit(String user, String manifestId) throws Exception {
        return api.read(api.post(user, "/api/v1/manifests/" + manifestId + "/submit", Map.of())
                .andExpect(status().isOk()));
    }

    public JsonNode pickUp(String user, String manifestId, String plate, List<String> labels) throws Exception {
        return api.read(api.post(user, "/api/v1/manifests/" + manifestId + "/pickup", Map.of(
                "vehiclePlate", plate, "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                "scannedLabelIds", labels, "pickedUpAt", Instant.now().toString())).andExpect(status().isOk()));
    }

    public JsonNode handOver(String user, String manifestId, String plate) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("at", Instant.now().toString());
        if (plate != null) {
            body.put("vehiclePlate", plate);
        }
        return api.read(api.post(user, "/api/v1/manifests/" + manifestId + "/handover", body)
                .andExpect(status().isOk()));
    }

    public JsonNode arrive(String user, String manifestId) throws Exception {
        return api.read(api.post(user, "/api/v1/manifests/" + manifestId + "/arrival",
                Map.of("arrivedAt", Instant.now().toString())).andExpect(status().isOk()));
    }

    public static Map<String, Object> acceptLine(String batchId, String decision, String kg, int containers,
                                                 String method) {
        Map<String, Object> line = new HashMap<>();
        line.put("batchId", batchId);
        line.put("decision", decision);
        if (kg != null) {
            line.put("acceptedQuantity", Map.of("value", kg, "unit", "kg"));
        }
        line.put("containersReceived", containers);
        line.put("methodCode", method);
        return line;
    }

    public static Map<String, Object> receipt(List<Map<String, Object>> lines) {
        return Map.of("receivedAt", Instant.now().toString(), "lines", lines);
    }

    public JsonNode dispose(String user, String batchId, String method, String kg) throws Exception {
        String today = LocalDate.now(SHANGHAI).toString();
        return api.read(api.post(user, "/api/v1/batches/" + batchId + "/disposal", Map.of("methodCode", method,
                "quantity", Map.of("value", kg, "unit", "kg"), "disposedOn", today))
                .andExpect(status().isOk()));
    }
}
