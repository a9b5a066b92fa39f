package cn.haztrail.shared.axon;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Customises the mapper Axon builds for its Jackson 3 serializers (events, messages, tokens); web JSON settings never
 * reach it (STACK.md trap 3). Axon uses the first customizer bean it finds, so there is one, here.
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {

    /** Lets streaming processors read back the replay tokens a reset writes (see {@link AxonTypeValidator}). */
    @Bean
    Jackson3SerializerCustomizer axonJsonMapper() {
        return builder -> builder.polymorphicTypeValidator(new AxonTypeValidator());
    }
}
