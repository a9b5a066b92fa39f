package cn.haztrail.shared.axon.integrity;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store's storage engine: Axon's JPA engine built exactly as Axon's {@code JpaEventStoreAutoConfiguration}
 * builds it (same serializers, upcasters, snapshot filter, exception resolver, entity manager and transactions, default
 * gap settings), with hash chaining on append (R23). Defining it switches that auto-configuration off, including
 * its registration of the event entities, hence {@link RegisterDefaultEntities}.
 *
 * <p>The event store over it is Axon's, built as {@code AxonAutoConfiguration} builds it but without the shared
 * cache of the latest events ({@code optimizeEventConsumption}). That cache is filled by a thread reading ahead at
 * database speed, and a streaming processor that tails it but handles events more slowly (any projection on a
 * replay) holds every event read since its position until a cleaner detaches it every 10 s: about 80,000 events of
 * heap at a time in a replay of a large store, which ran a 512 MB node out of memory. Without it each processor
 * reads its own batches of 100 and asks again when it has handled them, or every 500 ms when idle. It can be switched
 * on ({@code haztrail.events.shared-tail-cache}, the events kept), with a processor that falls behind it detached
 * after a second instead of ten: one reader for the processors at the head, less CPU under load, more heap in a
 * replay (README, "This round: fewer statements").
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class EventStoreConfiguration {

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                  org.axonframework.config.Configuration configuration,
                                  @Value("${haztrail.events.shared-tail-cache:0}") int sharedTailCache) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(sharedTailCache > 0)
                .cachedEvents(Math.max(sharedTailCache, 1))
                .cleanupDelay(1000)
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          EntityManagerProvider entityManagerProvider,
                                          TransactionManager transactionManager, SnapshotProofs proofs,
                                          DiscardedSnapshots discardedSnapshots, IssuedPositions issuedPositions,
                                          EventRows eventRows, ShortStreams shortStreams) {
        return new HashChainingEventStorageEngine(JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider), transactionManager, proofs, discardedSnapshots,
                issuedPositions, eventRows, shortStreams);
    }
}
