package cn.haztrail.backflow.format;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One record of a backflow file as read, before any check: its line number (1 is the first line of the file, the
 * CSV header included) and its non-empty values by field. Equal content gives equal {@link #canonical()} text.
 */
public record SourceRecord(int line, Map<Field, String> values) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public SourceRecord {
        Map<Field, String> kept = new EnumMap<>(Field.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(field, value.strip());
            }
        });
        values = kept;
    }

    public String get(Field field) {
        return values.get(field);
    }

    public boolean has(Field field) {
        return values.containsKey(field);
    }

    /** The values of a list field (one per manifest line); empty if the field is. */
    public List<String> list(Field field) {
        String value = values.get(field);
        if (value == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(value.split(Pattern.quote(Field.LIST_SEPARATOR), -1)))
                .stream().map(String::strip).toList();
    }

    /** The content as one JSON object, fields in their declared order: equal content, equal text. */
    public String canonical() {
        ObjectNode object = JSON.createObjectNode();
        values.forEach((field, value) -> object.put(field.header(), value));
        return JSON.writeValueAsString(object);
    }

    /** The record {@link #canonical()} wrote. */
    public static SourceRecord fromCanonical(String text) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        JsonNode object = JSON.readTree(text);
        object.properties().forEach(property -> Field.byHeader(property.getKey())
                .ifPresent(field -> values.put(field, property.getValue().asString())));
        return new SourceRecord(0, values);
    }

    /** This content under another line number. */
    public SourceRecord atLine(int number) {
        return new SourceRecord(number, values);
    }
}
