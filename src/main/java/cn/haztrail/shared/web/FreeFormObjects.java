package cn.haztrail.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Free-form JSON is an object with any members: a {@code Map<String, Object>} (a stored event's payload) is described
 * with {@code additionalProperties: true}. Swagger describes the map's values as {@code type: object} and copies the
 * field's annotations onto them, which tells validators that every member is itself an object.
 */
class FreeFormObjects implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        var seen = new IdentityHashMap<Schema<?>, Boolean>();
        openApi.getComponents().getSchemas().values().forEach(schema -> loosen(schema, seen));
    }

    private static void loosen(Schema<?> schema, Map<Schema<?>, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values && anyObject(values)) {
            schema.setAdditionalProperties(Boolean.TRUE);
        }
        Stream.of(schema.getProperties() == null ? null : schema.getProperties().values(), schema.getAllOf(),
                        schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull).flatMap(Collection::stream)
                .forEach(child -> loosen(child, seen));
        loosen(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            loosen(values, seen);
        }
    }

    private static boolean anyObject(Schema<?> values) {
        return "object".equals(values.getType()) && values.get$ref() == null
                && (values.getProperties() == null || values.getProperties().isEmpty())
                && values.getAdditionalProperties() == null;
    }
}
