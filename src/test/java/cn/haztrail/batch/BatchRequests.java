package cn.haztrail.batch;

import cn.haztrail.support.Api;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Request bodies for the batch API, and a registration shortcut for tests that need a batch to exist. */
final class BatchRequests {

    static final String GENERATED_AT = "2026-11-20T09:30:00+08:00";

    private BatchRequests() {
    }

    /** Waste mineral oil (900-249-08, T,I) in four drums. */
    static Map<String, Object> oil() {
        Map<String, Object> body = new HashMap<>();
        body.put("wasteCode", "900-249-08");
        body.put("quantity", new HashMap<>(Map.of("value", "1250.5", "unit", "kg")));
        body.put("physicalForm", "LIQUID");
        body.put("packaging", Map.of("type", "DRUM", "count", 4));
        body.put("hazardCharacteristics", List.of("T", "I"));
        body.put("mainComponents", "废矿物油 95%，水 5%");
        body.put("generatedAt", GENERATED_AT);
        body.put("storageLocation", "1号危废暂存间 A-03");
        return body;
    }

    /** Infectious medical waste (841-001-01, In) in sealed boxes. */
    static Map<String, Object> infectious() {
        Map<String, Object> body = oil();
        body.put("wasteCode", "841-001-01");
        body.put("quantity", Map.of("value", "35.2", "unit", "kg"));
        body.put("physicalForm", "SOLID");
        body.put("packaging", Map.of("type", "BOX", "count", 3));
        body.put("hazardCharacteristics", List.of("In"));
        body.put("mainComponents", "使用后的一次性医疗器械、敷料");
        return body;
    }

    /** Registers a batch as {@code user} and answers its view. */
    static JsonNode register(Api api, String user, Map<String, Object> body) throws Exception {
        return api.read(api.post(user, "/api/v1/batches", body).andExpect(status().isCreated()));
    }
}
