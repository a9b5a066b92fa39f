package cn.haztrail.shared.axon;

import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsontype.DefaultBaseTypeLimitingValidator;

/**
 * Jackson 3 refuses every polymorphic field declared as {@code Object}. Axon's {@code ReplayToken} has one (its reset
 * context), so a streaming processor could not read its own token back after a replay: it stopped, retrying for
 * ever. Such fields may hold Axon's own types; everything else keeps Jackson's default checks.
 */
final class AxonTypeValidator extends DefaultBaseTypeLimitingValidator {

    private static final String AXON = "org.axonframework.";

    @Override
    public Validity validateBaseType(DatabindContext context, JavaType baseType) {
        return baseType.hasRawClass(Object.class) ? Validity.INDETERMINATE : super.validateBaseType(context, baseType);
    }

    @Override
    public Validity validateSubClassName(DatabindContext context, JavaType baseType, String subClassName) {
        if (subClassName.startsWith(AXON)) {
            return Validity.ALLOWED;
        }
        return baseType.hasRawClass(Object.class) ? Validity.DENIED
                : super.validateSubClassName(context, baseType, subClassName);
    }

    @Override
    public Validity validateSubType(DatabindContext context, JavaType baseType, JavaType subType) {
        if (subType.getRawClass().getName().startsWith(AXON)) {
            return Validity.ALLOWED;
        }
        return baseType.hasRawClass(Object.class) ? Validity.DENIED
                : super.validateSubType(context, baseType, subType);
    }
}
