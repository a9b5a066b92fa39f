package cn.haztrail.backflow;

import cn.haztrail.demo.DemoParties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Native custody history made over HTTP by the demo accounts of a running installation: batches, manifests drafted,
 * submitted, carried, received with the receiver's findings per line, cancelled, and disposals.
 */
final class NativeHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    NativeHistory(int port) {
        this.port = port;
    }

    /** A batch of the chemical plant: its id and label. */
    JsonNode batch(String code, String kg, int drums, List<String> hazards) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("wasteCode", code);
        body.put("quantity", Map.of("value", kg, "unit", "kg"));
        body.put("physicalForm", "LIQUID");
        body.put("packaging", Map.of("type", "DRUM", "count", drums));
        body.put("hazardCharacteristics", hazards);
        body.put("mainComponents", "矿物油、水");
        body.put("generatedAt", Instant.now().minusSeconds(86_400).toString());
        body.put("storageLocation", "危废暂存间A区");
        return post("producer", "/api/v1/batches", body);
    }

    /** A manifest of the batches from the plant to the disposal centre by 安运, drafted and submitted: its id. */
    String submitted(List<JsonNode> batches) throws Exception {
        return submitted(batches, List.of(DemoParties.CARRIER));
    }

    String submitted(List<JsonNode> batches, List<java.util.UUID> carriers) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("receiverId", DemoParties.DISPOSAL_CENTRE);
        body.put("carrierIds", carriers);
        body.put("vehiclePlate", "赣H12345");
        body.put("plannedDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        body.put("batchIds", batches.stream().map(batch -> batch.get("id").asString()).toList());
        body.put("plannedMethod", "D10");
        body.put("emergencyMeasures", "泄漏时用吸附棉围堵，禁止明火");
        String id = post("producer", "/api/v1/manifests", body).get("id").asString();
        post("producer", "/api/v1/manifests/" + id + "/submit", Map.of());
        return id;
    }

    void carried(String manifestId, List<JsonNode> batches) throws Exception {
        pickedUp(manifestId, batches);
        post("carrier", "/api/v1/manifests/" + manifestId + "/arrival", Map.of("arrivedAt", Instant.now().toString()));
    }

    /** Picked up by 安运, handed over to the second carrier (its own vehicle), which brings it to the receiver. */
    void carriedByTwo(String manifestId, List<JsonNode> batches) throws Exception {
        pickedUp(manifestId, batches);
        post("carrier", "/api/v1/manifests/" + manifestId + "/handover", Map.of("at", Instant.now().toString()));
        post("carrier2", "/api/v1/manifests/" + manifestId + "/handover",
                Map.of("at", Instant.now().toString(), "vehiclePlate", "赣C23456"));
        post("carrier2", "/api/v1/manifests/" + manifestId + "/arrival",
                Map.of("arrivedAt", Instant.now().toString()));
    }

    /** Picked up by 安运 and offered to the second carrier, which has not taken it over yet. */
    void offeredToSecond(String manifestId, List<JsonNode> batches) throws Exception {
        pickedUp(manifestId, batches);
        offeredByFirst(manifestId);
    }

    /** The second carrier takes the waste offered to it over, with its own vehicle. */
    void offeredByFirst(String manifestId) throws Exception {
        post("carrier", "/api/v1/manifests/" + manifestId + "/handover", Map.of("at", Instant.now().toString()));
    }

    void takenOverBySecond(String manifestId) throws Exception {
        post("carrier2", "/api/v1/manifests/" + manifestId + "/handover",
                Map.of("at", Instant.now().toString(), "vehiclePlate", "赣C23456"));
    }

    /** The id of the manifest holding the number, as the second carrier finds it. */
    String idOf(String number) throws Exception {
        return get("carrier2", "/api/v1/manifests/" + number).get("id").asString();
    }

    void pickedUp(String manifestId, List<JsonNode> batches) throws Exception {
        post("carrier", "/api/v1/manifests/" + manifestId + "/pickup", Map.of("vehiclePlate", "赣H12345",
                "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                "scannedLabelIds", batches.stream().map(batch -> batch.get("labelId").asString()).toList(),
                "pickedUpAt", Instant.now().toString()));
    }

    void received(String manifestId, List<Map<String, Object>> lines) throws Exception {
        post("receiver", "/api/v1/manifests/" + manifestId + "/receipt",
                Map.of("receivedAt", Instant.now().toString(), "lines", lines));
    }

    void cancelled(String manifestId, String reason) throws Exception {
        post("producer", "/api/v1/manifests/" + manifestId + "/cancel",
                Map.of("reason", reason, "cancelledAt", Instant.now().toString()));
    }

    void disposed(JsonNode batch, String tonnes) throws Exception {
        post("receiver", "/api/v1/batches/" + batch.get("id").asString() + "/disposal", Map.of("methodCode", "D10",
                "quantity", Map.of("value", tonnes, "unit", "t"),
                "disposedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
    }

    /** A receipt line as found, its accepted mass weighed in tonnes. */
    static Map<String, Object> line(JsonNode batch, String decision, String tonnes, int containers,
                                    Map<String, Object> findings) {
        Map<String, Object> line = new HashMap<>(findings);
        line.put("batchId", batch.get("id").asString());
        line.put("decision", decision);
        if (tonnes != null) {
            line.put("acceptedQuantity", Map.of("value", tonnes, "unit", "t"));
            line.put("methodCode", "D10");
        }
        line.put("containersReceived", containers);
        return line;
    }

    /** A line accepted whole, weighed in kilograms, with the weighbridge ticket that vouches for the mass. */
    static Map<String, Object> weighedLine(JsonNode batch, String kg, int containers, String ticket) {
        Map<String, Object> line = line(batch, "ACCEPT", null, containers, Map.of("weighbridgeTicket", ticket));
        line.put("acceptedQuantity", Map.of("value", kg, "unit", "kg"));
        line.put("methodCode", "D10");
        return line;
    }

    String number(String manifestId) throws Exception {
        return get("producer", "/api/v1/manifests/" + manifestId).get("number").asString();
    }

    private JsonNode post(String user, String path, Object body) throws Exception {
        HttpResponse<String> response = HTTP.send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private JsonNode get(String user, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(request(user, path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
}
