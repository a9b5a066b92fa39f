package cn.haztrail.shared.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A failing event handler must never be skipped silently (STACK.md trap 15). In a subscribing group the failure
 * rolls back the command with its events; in a streaming group the processor stops and retries that event.
 * Streaming processors on several nodes share their segments fairly ({@link FairShareSegments}).
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfiguration {

    @Bean
    ConfigurerModule propagateHandlerFailures() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    @Bean
    @ConditionalOnProperty(name = "haztrail.processing.balance-segments", havingValue = "true", matchIfMissing = true)
    ConfigurerModule fairShareOfSegments(JdbcTemplate jdbc, LiveNodes nodes) {
        var fairShare = new FairShareSegments(jdbc, nodes);
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration((config, builder) ->
                        builder.maxSegmentProvider(fairShare));
    }
}
