package cn.haztrail.shared.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots for the aggregates whose streams grow with the traffic: a receiver's Enterprise (one WasteAdmitted per
 * received manifest, for as long as it operates) and a TransferApproval (one draw per manifest). Without one, a
 * load reads the whole stream: on H2 about 20 ms at 100 events, 75 ms at 1,000 and 200-400 ms at 5,000, against
 * 0.3-1.7 ms from a snapshot (AggregateLoadBenchmark). Batches and manifests end after a dozen events and load in
 * under 1 ms: no snapshots for them.
 * Every 20 events, not 100: a receiver is loaded by each step about it (submission, receipt, its confirmation,
 * disposal), so its stream is read far more often than it grows; a profile of the lifecycle load put 37 % of the
 * services' CPU in aggregate loads at 100 and 27 % at 20, and 10 cost more than it saved (README, "Snapshots every
 * 20 events").
 * A snapshot is the aggregate's fields in Axon's Jackson format, so those aggregates open their fields to Jackson.
 * It is taken in the background after the transaction that loaded the aggregate commits
 * ({@link AfterCommitSnapshotter}), never as part of a user's command.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    /** The bean name that {@code @Aggregate(snapshotTriggerDefinition = ...)} refers to. */
    public static final String LONG_STREAMS = "longStreamSnapshots";

    /** Events read and applied after the last snapshot before the next one is taken (after the command commits). */
    public static final int EVENTS_BETWEEN_SNAPSHOTS = 20;

    /** Built as Axon's {@code AxonAutoConfiguration} builds its snapshotter, which this one replaces. */
    @Bean
    AfterCommitSnapshotter snapshotter(org.axonframework.config.Configuration configuration,
                                       HandlerDefinition handlerDefinition,
                                       ParameterResolverFactory parameterResolverFactory, EventStore eventStore,
                                       TransactionManager transactionManager, SnapshotterSpanFactory spanFactory) {
        return AfterCommitSnapshotter.build(SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory));
    }

    @Bean(LONG_STREAMS)
    SnapshotTriggerDefinition longStreamSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }
}
