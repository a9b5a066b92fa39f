package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.i18n.Translatable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * An alert's detail is stored as its message code and arguments ({"code":..,"args":[..]}), not as rendered text, so
 * that each regulator reads it in the language asked for. A detail stored as plain text (before this form) reads as
 * it was written; replaying the projection rewrites it.
 */
final class AlertTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CODE = "code";
    private static final String ARGS = "args";

    private AlertTexts() {
    }

    static String store(Translatable text) {
        return JSON.writeValueAsString(node(text));
    }

    static Translatable read(String stored) {
        if (stored == null || !stored.startsWith("{\"" + CODE + "\"")) {
            return Translatable.of("alert.as-recorded", stored);
        }
        return text(JSON.readTree(stored));
    }

    private static ObjectNode node(Translatable text) {
        ObjectNode node = JSON.createObjectNode().put(CODE, text.code());
        ArrayNode args = node.putArray(ARGS);
        text.args().forEach(arg -> {
            if (arg instanceof Translatable nested) {
                args.add(node(nested));
            } else {
                args.add(String.valueOf(arg));
            }
        });
        return node;
    }

    private static Translatable text(JsonNode node) {
        List<Object> args = new ArrayList<>();
        node.get(ARGS).forEach(arg -> args.add(arg.isObject() ? text(arg) : arg.asString()));
        return new Translatable(node.get(CODE).asString(), args);
    }
}
