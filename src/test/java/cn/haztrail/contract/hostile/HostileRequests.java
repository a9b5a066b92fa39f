package cn.haztrail.contract.hostile;

import cn.haztrail.contract.hostile.BodyFields.Field;
import cn.haztrail.contract.hostile.ValidRequests.Valid;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile requests made from valid ones: one mutation each (a field's type, presence or value; the JSON itself;
 * the content type; a path id), optionally sent with an Idempotency-Key already used for another request.
 */
final class HostileRequests {

    static final String USED_KEY = "hostile-used-key";
    private static final JsonMapper RAW = JsonMapper.shared();
    /** Lone surrogates cannot be written as UTF-8; escaped as {@code \ud800} they are still valid JSON syntax. */
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final List<String> UNKNOWN_NAMES = List.of("hostile", "@class", "$type", "__proto__", "",
            "reasonn", "Id", "x".repeat(2_000), "名称", "\u200bname", "null");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml", "text/json",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
            "garbage", "application/", "text/html; charset=utf-8");
    private static final List<String> BAD_PATH_VALUES = List.of("not-a-uuid", "0", "-1",
            "00000000-0000-0000-0000-000000000000", "0b7c6f7e-3f4a-4c55-9d0e-2b1a6c9e8f10x", "x".repeat(3_000),
            "%00", "%2F", "%2e%2e", "..", "%E2%80%AE", "%F0%9F%98%80", "%C3%28", "a;b", "%3B", "%25", "%5C", "%20");

    private HostileRequests() {
    }

    static Arbitrary<HostileRequest> of(List<Valid> valids) {
        Arbitrary<HostileRequest> mutated = Arbitraries.of(valids).flatMap(HostileRequests::mutations);
        return Arbitraries.frequencyOf(
                Tuple.of(4, mutated),
                Tuple.of(1, mutated.map(request -> withHeader(request, "Idempotency-Key", USED_KEY,
                        "reusing a spent Idempotency-Key"))),
                Tuple.of(1, mutated.flatMap(request -> Arbitraries.of(" ", "k".repeat(256))
                        .map(key -> withHeader(request, "Idempotency-Key", key, "invalid Idempotency-Key")))));
    }

    private static Arbitrary<HostileRequest> mutations(Valid valid) {
        List<Arbitrary<HostileRequest>> kinds = new ArrayList<>();
        if (!valid.operation().pathParameters().isEmpty()) {
            kinds.add(badPath(valid));
        }
        if (valid.body() == null) {
            kinds.add(Arbitraries.of("", "{}", "{\"hostile\":true}", "{", "null").map(text ->
                    request(valid, "junk body on a refused request", valid.path(), "application/json", bytes(text))));
            return Arbitraries.oneOf(kinds);
        }
        ObjectNode body = valid.body();
        List<Field> fields = BodyFields.of(valid.operation().body(), body);
        List<Field> required = fields.stream().filter(Field::required).filter(f -> f.value() != null).toList();
        List<Field> requiredProperties = required.stream().filter(f -> f.path().get(f.path().size() - 1) instanceof String).toList();
        if (!requiredProperties.isEmpty()) {
            kinds.add(Arbitraries.of(requiredProperties).map(f -> body(valid, "missing " + f.where(), f, null)));
        }
        if (!required.isEmpty()) {
            kinds.add(Arbitraries.of(required).map(f -> body(valid, "null " + f.where(), f,
                    NullNode.getInstance())));
        }
        kinds.add(Arbitraries.of(fields).flatMap(f -> HostileValues.wrongType(f.schema())
                .map(value -> body(valid, "wrong type at " + f.where(), f, value))));
        kinds.add(unknownField(valid));
        List<Field> present = fields.stream().filter(f -> f.value() != null && !f.value().isContainer()).toList();
        kinds.add(Arbitraries.of(present).flatMap(f -> HostileValues.oddUnicode(f.schema(), f.value())
                .map(value -> body(valid, "odd unicode at " + f.where(), f, value))));
        kinds.add(Arbitraries.of(present).flatMap(f -> HostileValues.longString()
                .map(value -> body(valid, "long string at " + f.where(), f, value))));
        addPerField(kinds, valid, fields);
        kinds.add(MalformedJson.of(body).map(bytes -> request(valid, "malformed JSON", valid.path(),
                "application/json", bytes)));
        kinds.add(Arbitraries.of(WRONG_CONTENT_TYPES).map(type -> request(valid, "content type " + type,
                valid.path(), type, write(body))));
        return Arbitraries.oneOf(kinds);
    }

    /** Numbers, dates and codes get the values that break them in particular. */
    private static void addPerField(List<Arbitrary<HostileRequest>> kinds, Valid valid, List<Field> fields) {
        for (Field f : fields) {
            String type = f.schema().type();
            String format = f.schema().format();
            if ("number".equals(type) || "integer".equals(type)) {
                kinds.add(HostileValues.badNumber(f.schema()).map(v -> body(valid, "bad number at " + f.where(), f, v)));
            } else if ("value".equals(f.name())) {
                kinds.add(Arbitraries.oneOf(HostileValues.badNumber(f.schema()), HostileValues.badDecimalString())
                        .map(v -> body(valid, "bad quantity at " + f.where(), f, v)));
            } else if ("date".equals(format) || "date-time".equals(format)) {
                kinds.add(HostileValues.badDate(f.schema()).map(v -> body(valid, "bad date at " + f.where(), f, v)));
            } else if (!"array".equals(type) && HostileValues.badCode(f.name()) != null) {
                kinds.add(HostileValues.badCode(f.name()).map(v -> body(valid, "bad code at " + f.where(), f, v)));
            }
        }
    }

    private static Arbitrary<HostileRequest> unknownField(Valid valid) {
        return Arbitraries.of(BodyFields.objects(valid.body())).flatMap(at -> Arbitraries.of(UNKNOWN_NAMES)
                .map(name -> {
                    ObjectNode copy = valid.body().deepCopy();
                    JsonNode target = copy;
                    for (Object segment : at) {
                        target = segment instanceof Integer i ? target.get(i) : target.get((String) segment);
                    }
                    ((ObjectNode) target).put(name, "x");
                    String label = "unknown field " + (name.length() > 20 ? name.substring(0, 20) + "…" : name)
                            + " in " + (at.isEmpty() ? "body" : at);
                    return request(valid, label, valid.path(), "application/json", write(copy));
                }));
    }

    private static Arbitrary<HostileRequest> badPath(Valid valid) {
        return Arbitraries.of(valid.operation().pathParameters()).flatMap(parameter -> Arbitraries.of(BAD_PATH_VALUES)
                .map(value -> {
                    String path = valid.operation().path();
                    for (String other : valid.operation().pathParameters()) {
                        String replacement = other.equals(parameter) ? encoded(value)
                                : ValidRequests.pathValue(valid.operation().path(), other);
                        path = path.replace("{" + other + "}", replacement);
                    }
                    byte[] body = valid.body() == null ? null : write(valid.body());
                    return request(valid, "path " + parameter + "=" + (value.length() > 20 ? "long" : value), path,
                            body == null ? null : "application/json", body);
                }));
    }

    /** Percent sequences are sent as they are (they are the point); anything else is encoded. */
    private static String encoded(String value) {
        return value.startsWith("%") || value.contains("..") ? value
                : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HostileRequest body(Valid valid, String label, Field field, JsonNode value) {
        return request(valid, label, valid.path(), "application/json",
                write(BodyFields.with(valid.body(), field.path(), value)));
    }

    private static HostileRequest request(Valid valid, String label, String path, String contentType, byte[] body) {
        return new HostileRequest(valid.operation().id() + ": " + label, valid.operation().method(), path,
                valid.user(), Map.of(), contentType, body);
    }

    private static HostileRequest withHeader(HostileRequest request, String name, String value, String label) {
        var headers = new HashMap<>(request.headers());
        headers.put(name, value);
        return new HostileRequest(request.label() + ", " + label, request.method(), request.path(), request.user(),
                Map.copyOf(headers), request.contentType(), request.body());
    }

    static byte[] write(JsonNode body) {
        try {
            return RAW.writeValueAsBytes(body);
        } catch (RuntimeException lonelySurrogate) {
            return ESCAPING.writeValueAsBytes(body);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
