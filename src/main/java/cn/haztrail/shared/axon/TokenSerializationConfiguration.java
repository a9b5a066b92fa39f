package cn.haztrail.shared.axon;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Lets Axon's serializer read back the tokens of a replay. A {@code ReplayToken} keeps its reset context in a field of
 * type Object with class type ids, which Jackson 3's default validator refuses for so generic a base type: after
 * {@code resetTokens()} a streaming processor could no longer claim its segments. Class type ids are allowed for
 * Axon's own classes only (tokens are the only polymorphic values stored). Axon uses one such customizer.
 */
@Configuration(proxyBeanMethods = false)
public class TokenSerializationConfiguration {

    @Bean
    Jackson3SerializerCustomizer axonTypeIdsOnly() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.").build());
    }
}
