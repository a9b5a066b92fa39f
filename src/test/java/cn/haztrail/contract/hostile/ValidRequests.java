package cn.haztrail.contract.hostile;

import cn.haztrail.contract.hostile.WriteOperations.Schema;
import cn.haztrail.contract.hostile.WriteOperations.WriteOperation;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.TestCreditCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A valid request per write operation to start mutating from: the body built from the schema's examples, then the
 * values that make it valid here (demo enterprises and resources for ids, dates near today, fresh unique numbers),
 * the path ids of existing demo resources, and an account the URL rules let through, so that a refusal comes from
 * the mutation and not from a missing resource or role.
 */
final class ValidRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    static final UUID DEMO_MANIFEST = demo("manifest-1");
    static final UUID BATCH_IN_STORAGE = demo("batch-acid");
    static final UUID RECEIVED_BATCH = demo("batch-packs");
    static final UUID DISPOSAL_LICENCE = UUID.nameUUIDFromBytes("赣危废经字第360200001号".getBytes(StandardCharsets.UTF_8));

    private ValidRequests() {
    }

    /** The valid starting point: account, concrete path, and body (null for operations without one). */
    record Valid(WriteOperation operation, String user, String path, ObjectNode body) {
    }

    static Valid of(WriteOperation operation) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(CHINA);
        String now = OffsetDateTime.now(CHINA).minusHours(1).withNano(0).toString();
        String user = switch (operation.path()) {
            case "/api/v1/approvals" -> {
                overrides.put("consignorId", DemoParties.CHEMICAL_PLANT);
                overrides.put("receiverId", DemoParties.SHENZHEN_RECYCLER);
                overrides.put("methodCode", "R9");
                overrides.put("validFrom", today);
                overrides.put("validTo", today.plusMonths(6));
                yield "regulator-jx";
            }
            case "/api/v1/batches" -> {
                overrides.put("generatedAt", now);
                yield "producer";
            }
            case "/api/v1/batches/{id}/disposal" -> {
                overrides.put("disposedOn", today);
                overrides.put("quantity", quantity("100"));
                yield "receiver";
            }
            case "/api/v1/enterprises" -> {
                overrides.put("creditCode", TestCreditCodes.next("360203"));
                yield "admin";
            }
            case "/api/v1/enterprises/{id}/licences" -> {
                overrides.put("number", "赣危废经字第" + System.nanoTime() % 1_000_000_000 + "号");
                overrides.put("validFrom", today);
                overrides.put("validTo", today.plusYears(2));
                yield "admin";
            }
            case "/api/v1/enterprises/{id}/licences/{licenceId}/amend" -> {
                overrides.put("validTo", LocalDate.of(2028, 12, 31));
                yield "admin";
            }
            case "/api/v1/enterprises/{id}/permits" -> {
                overrides.put("validFrom", today);
                overrides.put("validTo", today.plusYears(3));
                yield "admin";
            }
            case "/api/v1/enterprises/{id}/vehicles" -> {
                overrides.put("plate", "赣H" + (10000 + System.nanoTime() % 90000));
                yield "carrier";
            }
            case "/api/v1/manifests" -> {
                overrides.put("receiverId", DemoParties.DISPOSAL_CENTRE);
                overrides.put("carrierIds", new Object[]{DemoParties.CARRIER});
                overrides.put("batchIds", new Object[]{BATCH_IN_STORAGE});
                overrides.put("plannedDate", today.plusDays(1));
                yield "producer";
            }
            case "/api/v1/manifests/{id}/arrival", "/api/v1/manifests/{id}/handover" -> {
                overrides.put("arrivedAt", now);
                overrides.put("at", now);
                yield "carrier";
            }
            case "/api/v1/manifests/{id}/pickup" -> {
                overrides.put("pickedUpAt", now);
                overrides.put("scannedLabelIds", new Object[]{"91360200MA35G8XK2H9002490820261120001"});
                yield "carrier";
            }
            case "/api/v1/manifests/{id}/receipt" -> {
                overrides.put("receivedAt", now);
                var line = NODES.objectNode().put("batchId", RECEIVED_BATCH.toString()).put("decision", "ACCEPT")
                        .put("containersReceived", 15).put("methodCode", "D10").put("note", "过磅无误");
                line.set("acceptedQuantity", quantity("270"));
                overrides.put("lines", NODES.arrayNode().add(line));
                yield "receiver";
            }
            case "/api/v1/webhooks" -> {
                overrides.put("url", "http://127.0.0.1:9/hostile");
                yield "regulator-jx";
            }
            case "/api/v1/manifests/{id}/cancel", "/api/v1/manifests/{id}/submit" -> "producer";
            case "/api/v1/manifests/{id}/corrections", "/api/v1/manifests/{id}/corrections/{correctionId}/approve",
                 "/api/v1/manifests/{id}/corrections/{correctionId}/reject" -> "producer";
            default -> "admin";
        };
        ObjectNode body = operation.body() == null ? null : (ObjectNode) example(operation.body());
        if (body != null) {
            overrides.forEach((field, value) -> {
                if (body.has(field) || operation.body().property(field) != null) {
                    body.set(field, value instanceof JsonNode node ? node : JsonMapper.shared().valueToTree(value));
                }
            });
        }
        return new Valid(operation, user, path(operation), body);
    }

    private static String path(WriteOperation operation) {
        String path = operation.path();
        for (String parameter : operation.pathParameters()) {
            path = path.replace("{" + parameter + "}", pathValue(operation.path(), parameter));
        }
        return path;
    }

    /** Existing demo resources, so that a body refusal is not hidden behind a 404. */
    static String pathValue(String template, String parameter) {
        return switch (parameter) {
            case "id" -> template.startsWith("/api/v1/batches") ? RECEIVED_BATCH.toString()
                    : template.startsWith("/api/v1/manifests") ? DEMO_MANIFEST.toString()
                    : template.endsWith("/vehicles") || template.endsWith("/permits") ? DemoParties.CARRIER.toString()
                    : template.startsWith("/api/v1/enterprises") ? DemoParties.DISPOSAL_CENTRE.toString()
                    : UUID.randomUUID().toString();
            case "licenceId" -> DISPOSAL_LICENCE.toString();
            case "name" -> "no-such-projection";
            default -> UUID.randomUUID().toString();
        };
    }

    /** A value for a schema from its example, or from its type where it has none. */
    static JsonNode example(Schema schema) {
        JsonNode example = schema.example();
        String type = schema.type();
        if ("object".equals(type)) {
            ObjectNode object = NODES.objectNode();
            for (String name : schema.propertyNames()) {
                Schema property = schema.property(name);
                if (schema.required(name) || property.example() != null || "object".equals(property.type())) {
                    object.set(name, example(property));
                }
            }
            return object.isEmpty() && example != null && example.isObject() ? example : object;
        }
        if (example != null) {
            return example;
        }
        return switch (type) {
            case "array" -> NODES.arrayNode().add(example(schema.items()));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (schema.format()) {
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                case "date" -> NODES.stringNode(LocalDate.now(CHINA).toString());
                case "date-time" -> NODES.stringNode(OffsetDateTime.now(CHINA).minusHours(1).toString());
                default -> schema.isEnum() ? schema.node().path("enum").get(0) : NODES.stringNode("x");
            };
        };
    }

    private static ObjectNode quantity(String kg) {
        return NODES.objectNode().put("value", kg).put("unit", "kg");
    }

    private static UUID demo(String name) {
        return UUID.nameUUIDFromBytes(("haztrail-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
