package cn.haztrail.shared.persistence;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refreshes the statistics as the streaming processors fill their tables: after the processing batch that brings the
 * events they handled on this node to 1,000, and each time that count doubles. The read side writes its tables behind
 * the event store; an import's refreshes (each time the store doubles) can find them still empty, and PostgreSQL then
 * plans the processors' lookups by key as scans of the whole table, kept while the table grows until the statistics
 * change again (with autovacuum off, never). Only streaming processors count: the subscribing ones run in a command's
 * transaction, where an analysis would hold up the caller. The analysis runs on a thread of its own (seconds on a
 * large database), so no segment waits for it; a failed one is logged and changes nothing else.
 */
@Configuration(proxyBeanMethods = false)
public class ReadSideGrowthAnalysis {

    static final long FIRST = 1_000;
    private static final Logger log = LoggerFactory.getLogger(ReadSideGrowthAnalysis.class);

    @Bean
    static ConfigurerModule refreshStatisticsAsTheReadSideGrows(ObjectProvider<PlannerStatistics> statistics) {
        // one thread, and none while there is nothing to analyze
        Executor analyzing = new ThreadPoolExecutor(0, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "read-side-statistics");
            thread.setDaemon(true);
            return thread;
        });
        HandledEvents handled = new HandledEvents(() -> statistics.getObject().refresh(), analyzing);
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processor) -> handled);
    }

    /** One count for every streaming processor of the node: their tables grow together. */
    static final class HandledEvents implements MessageHandlerInterceptor<EventMessage<?>> {

        private static final String REFRESH = "read-side-growth-analysis";

        private final Runnable refresh;
        private final Executor analyzing;
        private final AtomicLong handled = new AtomicLong();
        private final AtomicLong refreshAt = new AtomicLong(FIRST);

        HandledEvents(Runnable refresh, Executor analyzing) {
            this.refresh = refresh;
            this.analyzing = analyzing;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            if (unitOfWork.getMessage() instanceof TrackedEventMessage<?>
                    && handled.incrementAndGet() >= refreshAt.get()) {
                UnitOfWork<?> batch = unitOfWork.root();
                batch.getOrComputeResource(REFRESH, key -> {
                    batch.afterCommit(committed -> refreshIfDue());
                    return Boolean.TRUE;
                });
            }
            return chain.proceed();
        }

        /** Once per threshold, whichever processor's batch crossed it first. */
        private void refreshIfDue() {
            long due = refreshAt.get();
            long count = handled.get();
            if (count >= due && refreshAt.compareAndSet(due, count * 2)) {
                analyzing.execute(() -> {
                    try {
                        refresh.run();
                    } catch (RuntimeException e) {
                        log.warn("Refreshing the statistics after {} handled events failed", count, e);
                    }
                });
            }
        }
    }
}
