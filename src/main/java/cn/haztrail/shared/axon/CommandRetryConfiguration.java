package cn.haztrail.shared.axon;

import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The command gateway retries a command that lost a race for its aggregate's next sequence number (STACK.md trap
 * 16): two nodes, or a writer whose transaction spans several aggregates, appending to the same stream. Replaces
 * Axon's default gateway, which never retries.
 */
@Configuration(proxyBeanMethods = false)
public class CommandRetryConfiguration {

    /** Not a bean: Spring's @Scheduled support would take a ScheduledExecutorService bean as its own scheduler. */
    private final ScheduledExecutorService retryExecutor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "command-retry");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stopRetrying() {
        retryExecutor.shutdownNow();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new OutermostConflictRetryScheduler(ExponentialBackOffIntervalRetryScheduler.builder()
                        .retryExecutor(retryExecutor)
                        .maxRetryCount(ConcurrencyConflicts.MAX_RETRIES)
                        .backoffFactor(ConcurrencyConflicts.FIRST_DELAY_MILLIS)
                        .build()))
                .build();
    }
}
