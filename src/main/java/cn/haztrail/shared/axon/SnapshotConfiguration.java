package cn.haztrail.shared.axon;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots for the aggregates whose streams grow with the traffic: a receiver's Enterprise (one WasteAdmitted per
 * received manifest, for as long as it operates) and a TransferApproval (one draw per manifest). Without one, a
 * load reads the whole stream: about 0.3 s at 1,000 events and 0.6 s at 5,000 on H2, against under 1 ms from a
 * snapshot (AggregateLoadBenchmark). Batches and manifests end after a dozen events and load in about 1 ms: none.
 * A snapshot is the aggregate's fields in Axon's Jackson format, so those aggregates open their fields to Jackson.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    /** The bean name that {@code @Aggregate(snapshotTriggerDefinition = ...)} refers to. */
    public static final String LONG_STREAMS = "longStreamSnapshots";

    /** Events read and applied after the last snapshot before the next one is taken (after the command commits). */
    static final int EVENTS_BETWEEN_SNAPSHOTS = 100;

    @Bean(LONG_STREAMS)
    SnapshotTriggerDefinition longStreamSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }
}
