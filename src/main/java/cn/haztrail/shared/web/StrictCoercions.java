package cn.haztrail.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Integers and booleans are read only from JSON numbers and literals: Jackson would otherwise take {@code "1"} as a
 * count, {@code "true"} or {@code 1} as a boolean and {@code ""} as null. Decimals are left alone, because the API
 * documents quantities and capacities as decimal strings ({@code "1250.5"}; read exactly by {@link StrictScalars}).
 * Applies to every mapper Boot builds (the web's); Axon's event serializer has its own (STACK.md trap 3).
 */
@Component
class StrictCoercions implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.withCoercionConfig(LogicalType.Integer, config -> config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Boolean, config -> config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
