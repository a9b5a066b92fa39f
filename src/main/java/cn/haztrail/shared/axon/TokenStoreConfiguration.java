package cn.haztrail.shared.axon;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The token store of every streaming processor: Axon's JPA store built as Axon's {@code JpaAutoConfiguration} builds
 * it (same serializer, entity manager and claim timeout), whose first tokens are made by one node at a time
 * ({@link SerializedTokenInitialization}). Defining it switches off that auto-configuration's token store.
 */
@Configuration(proxyBeanMethods = false)
public class TokenStoreConfiguration {

    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagerProvider,
                          TokenStoreProperties properties) {
        return new SerializedTokenInitialization(JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .build(), entityManagerProvider);
    }
}
