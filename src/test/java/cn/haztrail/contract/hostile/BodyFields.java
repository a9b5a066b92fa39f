package cn.haztrail.contract.hostile;

import cn.haztrail.contract.hostile.WriteOperations.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** The fields of a request body, found by walking the body and its schema together, and a way to replace one. */
final class BodyFields {

    private BodyFields() {
    }

    /** One field: where it is (names and array indexes), its schema, whether its object requires it. */
    record Field(List<Object> path, String name, Schema schema, boolean required, JsonNode value) {

        String where() {
            return String.join(".", path.stream().map(String::valueOf).toList());
        }
    }

    static List<Field> of(Schema schema, JsonNode body) {
        List<Field> fields = new ArrayList<>();
        walk(schema, body, List.of(), fields);
        return fields;
    }

    private static void walk(Schema schema, JsonNode body, List<Object> at, List<Field> fields) {
        for (String name : schema.propertyNames()) {
            Schema property = schema.property(name);
            JsonNode value = body == null ? null : body.get(name);
            List<Object> path = append(at, name);
            fields.add(new Field(path, name, property, schema.required(name), value));
            if (value == null) {
                continue;
            }
            if ("object".equals(property.type()) && value.isObject()) {
                walk(property, value, path, fields);
            } else if ("array".equals(property.type()) && value.isArray() && !value.isEmpty()) {
                Schema items = property.items();
                List<Object> first = append(path, 0);
                fields.add(new Field(first, name, items, true, value.get(0)));
                if ("object".equals(items.type()) && value.get(0).isObject()) {
                    walk(items, value.get(0), first, fields);
                }
            }
        }
    }

    /** A copy of the body with the field set to the value, or removed when the value is null. */
    static ObjectNode with(ObjectNode body, List<Object> path, JsonNode value) {
        ObjectNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (Object segment : path.subList(0, path.size() - 1)) {
            parent = segment instanceof Integer index ? parent.get(index) : parent.get((String) segment);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, value);
            }
        }
        return copy;
    }

    /** The objects of the body (itself and nested ones), where an unknown property can be added. */
    static List<List<Object>> objects(ObjectNode body) {
        List<List<Object>> objects = new ArrayList<>();
        collect(body, List.of(), objects);
        return objects;
    }

    private static void collect(JsonNode node, List<Object> at, List<List<Object>> objects) {
        if (node.isObject()) {
            objects.add(at);
            node.properties().forEach(entry -> collect(entry.getValue(), append(at, entry.getKey()), objects));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), append(at, i), objects);
            }
        }
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return List.copyOf(longer);
    }
}
