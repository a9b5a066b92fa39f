package cn.haztrail.shared.axon.integrity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code meta_data} column as stored (a JSON object written by Axon's serializer) into text values, the way
 * an auditor reads it: a JSON string is its content, anything else its JSON text, null is absent.
 */
public final class StoredMetaData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredMetaData() {
    }

    public static Map<String, String> read(byte[] metaData) {
        Map<String, String> values = new HashMap<>();
        if (metaData == null) {
            return values;
        }
        JsonNode root = JSON.readTree(metaData);
        root.properties().forEach(property -> {
            JsonNode value = property.getValue();
            if (!value.isNull()) {
                values.put(property.getKey(), value.isString() ? value.asString() : value.toString());
            }
        });
        return values;
    }

    /** Every key of the stored JSON object, null-valued ones included. */
    public static Set<String> keys(byte[] metaData) {
        Set<String> keys = new LinkedHashSet<>();
        if (metaData != null) {
            JSON.readTree(metaData).properties().forEach(property -> keys.add(property.getKey()));
        }
        return keys;
    }
}
