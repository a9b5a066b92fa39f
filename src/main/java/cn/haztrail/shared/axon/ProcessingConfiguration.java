package cn.haztrail.shared.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * A failing event handler must never be skipped silently (STACK.md trap 15). In a subscribing group the failure
 * rolls back the command with its events; in a streaming group the processor stops and retries that event, unless
 * the group has a dead-letter queue (application.yml, {@code dlq.enabled}): then the event and the later events of
 * its sequence are parked in {@code dead_letter_entry} and the group goes on with the other sequences.
 * Streaming processors on several nodes share their segments fairly ({@link FairShareSegments}).
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfiguration {

    /** The regulator's read side: alerts and the indicators' facts, one processor (application.yml). */
    public static final String OVERSIGHT = "oversight";
    /** The change feed and the webhook outbox, one ordered processor. */
    public static final String FEED = "feed";

    /** The groups with {@code dlq.enabled} in application.yml: the regulator's read side. */
    static final List<String> DEAD_LETTERING_GROUPS = List.of(OVERSIGHT);

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

    /**
     * A replay handles every event again, so the letters parked before it would be applied twice: it clears them.
     * Without the sequence cache every event costs a query of the (nearly always empty) queue; with it, a segment
     * asks the queue only for sequences it has parked or that were parked when it claimed the segment. (One
     * configuration per group: Axon keeps the last registered, so the yml's {@code dlq.cache} would be overwritten.)
     */
    @Bean
    ConfigurerModule replayClearsDeadLetters() {
        return configurer -> {
            for (String group : DEAD_LETTERING_GROUPS) {
                configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (configuration, builder) -> builder.allowReset(true).enableSequenceIdentifierCache());
            }
        };
    }
}
