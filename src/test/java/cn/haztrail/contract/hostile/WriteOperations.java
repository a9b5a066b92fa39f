package cn.haztrail.contract.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every write operation (POST, PUT, PATCH, DELETE) of the live OpenAPI document, with its body schema resolved. */
final class WriteOperations {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private WriteOperations() {
    }

    /** One write operation: method, path template, path parameters, and the JSON body's schema if it takes one. */
    record WriteOperation(String method, String path, List<String> pathParameters, Schema body) {

        String id() {
            return method + " " + path;
        }
    }

    static List<WriteOperation> from(String openApiJson) {
        JsonNode document = JsonMapper.shared().readTree(openApiJson);
        JsonNode components = document.path("components").path("schemas");
        List<WriteOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!WRITES.contains(operation.getKey())) {
                    continue;
                }
                List<String> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("path".equals(parameter.path("in").asString())) {
                        parameters.add(parameter.path("name").asString());
                    }
                }
                JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (parameters.isEmpty() && body.isMissingNode()) {
                    continue; // takes no input (a seal on demand): nothing hostile can reach it but headers
                }
                operations.add(new WriteOperation(operation.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : new Schema(body, components)));
            }
        }
        return operations;
    }

    /** A schema node that resolves {@code $ref}s against the document's components on the way down. */
    record Schema(JsonNode node, JsonNode components) {

        Schema {
            while (node.has("$ref")) {
                String ref = node.path("$ref").asString();
                node = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }

        String type() {
            JsonNode type = node.path("type");
            if (type.isArray()) {
                for (JsonNode each : type) {
                    if (!"null".equals(each.asString())) {
                        return each.asString();
                    }
                }
            }
            return type.isMissingNode() ? (node.has("properties") ? "object" : "string") : type.asString();
        }

        String format() {
            return node.path("format").asString("");
        }

        boolean required(String property) {
            for (JsonNode each : node.path("required")) {
                if (each.asString().equals(property)) {
                    return true;
                }
            }
            return false;
        }

        Schema property(String name) {
            JsonNode property = node.path("properties").path(name);
            return property.isMissingNode() ? null : new Schema(property, components);
        }

        List<String> propertyNames() {
            return node.path("properties").propertyNames().stream().toList();
        }

        Schema items() {
            return new Schema(node.path("items"), components);
        }

        JsonNode example() {
            return node.get("example");
        }

        boolean isEnum() {
            return node.has("enum");
        }
    }
}
