package cn.haztrail.bench;

import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.approval.api.ApprovalRecorded;
import cn.haztrail.approval.command.TransferApproval;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.WasteAdmitted;
import cn.haztrail.registry.command.Enterprise;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * How long loading an aggregate takes by the length of its stream, without and with a snapshot: the numbers behind
 * the snapshot triggers (README, "Snapshots"). Prints a table and asserts nothing. Streams are written straight into
 * the event store; the registry Enterprise grows by one WasteAdmitted per received manifest and a TransferApproval
 * by one ApprovalQuantityDrawn, while batches and manifests end after a dozen events or so (measured on the demo's).
 * Run: ./mvnw -o test -Dtest=AggregateLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@IntegrationTest
class AggregateLoadBenchmark {

    private static final int[] LENGTHS = {10, 100, 500, 1_000, 5_000};
    private static final int LOADS = 11;

    @Autowired
    Configuration axon;
    @Autowired
    EventStore eventStore;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void load_time_by_stream_length() {
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%-17s %7s %14s %14s", "aggregate", "events", "load ms", "snapshot ms"));
        for (int length : LENGTHS) {
            rows.add(measure(Enterprise.class, "Enterprise", length, AggregateLoadBenchmark::enterpriseEvent));
            rows.add(measure(TransferApproval.class, "TransferApproval", length, AggregateLoadBenchmark::approvalEvent));
        }
        for (String type : List.of("WasteBatch", "TransferManifest")) {
            rows.add(demoStream(type));
        }
        System.out.println("\n" + String.join("\n", rows) + "\n");
    }

    private <T> String measure(Class<T> type, String typeName, int length,
                               BiFunction<UUID, Integer, Object> eventAt) {
        UUID id = UUID.randomUUID();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            events.add(new GenericDomainEventMessage<>(typeName, id.toString(), i, eventAt.apply(id, i)));
            if (events.size() == 500 || i == length - 1) {
                List<DomainEventMessage<?>> batch = List.copyOf(events);
                transactions.executeInTransaction(() -> eventStore.publish(batch));
                events.clear();
            }
        }
        awaitProcessorsIdle();
        Repository<T> repository = withoutSnapshotTrigger(type);
        double plain = medianLoadMillis(repository, id);
        snapshotter.scheduleSnapshot(type, id.toString());
        double snapshotted = medianLoadMillis(repository, id);
        return String.format("%-17s %7d %14.2f %14.2f", typeName, length, plain, snapshotted);
    }

    /**
     * The application's repository would take a snapshot of a long stream on its first load (that is its trigger);
     * this one reads the same store without a trigger, so the first numbers are those of a stream without snapshot.
     */
    private <T> Repository<T> withoutSnapshotTrigger(Class<T> type) {
        return EventSourcingRepository.builder(type).eventStore(eventStore)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(type)).build();
    }

    /** Loads a demo stream of the type as it is (no snapshot: these streams stay short). */
    private String demoStream(String typeName) {
        var longest = jdbc.queryForMap("select aggregate_identifier, count(*) as events from domain_event_entry "
                + "where type = ? group by aggregate_identifier order by count(*) desc limit 1", typeName);
        Class<?> type = typeName.equals("WasteBatch") ? cn.haztrail.batch.command.WasteBatch.class
                : cn.haztrail.manifest.command.TransferManifest.class;
        double plain = medianLoadMillis(axon.repository(type), UUID.fromString((String) longest.get("aggregate_identifier")));
        return String.format("%-17s %7d %14.2f %14s", typeName, ((Number) longest.get("events")).intValue(), plain,
                "(longest demo)");
    }

    /** The streaming projections handle the new events too: measure only once they are done, on a quiet machine. */
    private void awaitProcessorsIdle() {
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        for (StreamingEventProcessor processor : axon.eventProcessingConfiguration().eventProcessors().values()
                .stream().filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .toList()) {
            while (processor.processingStatus().values().stream().anyMatch(status ->
                    status.getCurrentPosition().orElse(-1) < head)) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static double medianLoadMillis(Repository<?> repository, UUID id) {
        double[] millis = new double[LOADS];
        for (int i = -2; i < LOADS; i++) {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            long start = System.nanoTime();
            try {
                repository.load(id.toString());
            } finally {
                unitOfWork.rollback();
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[LOADS / 2];
    }

    private static final UUID LICENCE = UUID.fromString("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");

    private static Object enterpriseEvent(UUID id, int index) {
        return switch (index) {
            case 0 -> new EnterpriseRegistered(id, TestCreditCodes.next("360222"), "景德镇市危险废物综合处置中心", "360222",
                    "江西省景德镇市浮梁县洪源镇工业园", UUID.randomUUID(), List.of(PartyRole.RECEIVER));
            case 1 -> new LicenceGranted(id, LICENCE, "赣危废经字" + id, LicenceMode.COMPREHENSIVE,
                    List.of(new LicenceLine("HW08", List.of(), List.of("D10", "R9"), null),
                            new LicenceLine("HW49", List.of(), List.of("D10", "R9"), null)),
                    new BigDecimal("3000000"), LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
            default -> new WasteAdmitted(id, LICENCE, UUID.randomUUID(), LocalDate.of(2026, 1, 1),
                    new BigDecimal("12.480"), List.of(new WasteAdmitted.LineTonnes("HW08", new BigDecimal("12.480"))));
        };
    }

    private static Object approvalEvent(UUID id, int index) {
        return index == 0
                ? new ApprovalRecorded(id, "赣环固审" + id, DemoParties.CHEMICAL_PLANT, DemoParties.SHENZHEN_RECYCLER,
                List.of("900-214-08", "900-249-08"), "R9", new BigDecimal("500000.000"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), null)
                : new ApprovalQuantityDrawn(id, UUID.randomUUID(), new BigDecimal("1.000"),
                new BigDecimal(index).setScale(3));
    }
}
