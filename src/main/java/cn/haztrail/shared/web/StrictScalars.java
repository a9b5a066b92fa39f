package cn.haztrail.shared.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids, dates, instants, decimals and enums written as strings must be exactly that string. Jackson trims anything
 * up to U+0020 first ("\u00002027-05-24" was a date, "\u000745000" a capacity) and BigDecimal reads any script's
 * digits ("4500٣" was 45003) and an instant at 24:00 or 23:59:60 was the next day or the second before: a value
 * that reads differently from what is stored is refused with 400 instead.
 */
@Component
class StrictScalars extends SimpleModule {

    private static final Set<Class<?>> STRICT = Set.of(UUID.class, LocalDate.class, Instant.class, BigDecimal.class);
    /** Java's \d is ASCII-only unless UNICODE_CHARACTER_CLASS is set. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    StrictScalars() {
        super("haztrail-strict-scalars");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                return STRICT.contains(description.getBeanClass()) ? new Exact(deserializer) : deserializer;
            }

            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                               BeanDescription.Supplier description,
                                                               ValueDeserializer<?> deserializer) {
                return new Exact(deserializer);
            }
        });
    }

    private static final class Exact extends DelegatingDeserializer {

        Exact(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Exact(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString();
                Class<?> target = handledType();
                boolean exact = text.equals(text.strip()) && RefusedCharacters.acceptable(text)
                        && (target != BigDecimal.class || DECIMAL.matcher(text).matches())
                        && (target != Instant.class || RealTimeOfDay.isReal(text));
                if (!exact) {
                    throw context.weirdStringException(text, target, "is not exactly a value of this type");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
