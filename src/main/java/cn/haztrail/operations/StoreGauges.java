package cn.haztrail.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * Gauges over {@link StoreReadings}, one set per streaming processor plus the outbox and deadlines. Registered once
 * the processors exist (Axon builds them while the context starts).
 */
@Component
class StoreGauges {

    private final StoreReadings readings;
    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;

    StoreGauges(StoreReadings readings, MeterRegistry registry, EventProcessingConfiguration processing) {
        this.readings = readings;
        this.registry = registry;
        this.processing = processing;
    }

    @EventListener(ApplicationStartedEvent.class)
    void register() {
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> processor.getName())
                .sorted()
                .forEach(name -> {
                    Gauge.builder("haztrail.processor.lag", readings, r -> r.current().lag(name))
                            .description("Events in the store this streaming processor has not handled yet")
                            .baseUnit("events").tag("processor", name).register(registry);
                    Gauge.builder("haztrail.processor.dead.letters", readings,
                                    r -> r.current().deadLetters().getOrDefault(name, 0L))
                            .description("Events parked in the dead-letter queue of this processor")
                            .baseUnit("events").tag("processor", name).register(registry);
                });
        gauge("haztrail.store.head", "The store's last global position", r -> r.current().head());
        gauge("haztrail.webhook.backlog", "Webhook deliveries waiting to be made",
                r -> r.current().webhookBacklog());
        gauge("haztrail.webhook.retrying", "Webhook deliveries waiting after a failed attempt",
                r -> r.current().webhookRetrying());
        gauge("haztrail.webhook.failed", "Webhook deliveries given up after their last attempt",
                r -> r.current().webhookFailed());
        gauge("haztrail.deadlines.due", "Deadlines whose time has come and that have not fired yet",
                r -> r.current().deadlinesDue());
        gauge("haztrail.deadlines.overdue", "Deadlines due for over a minute and still not fired",
                r -> r.current().deadlinesOverdue());
    }

    private void gauge(String name, String description, ToDoubleFunction<StoreReadings> value) {
        Gauge.builder(name, readings, value).description(description).register(registry);
    }
}
