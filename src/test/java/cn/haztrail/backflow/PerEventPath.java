package cn.haztrail.backflow;

import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.imports.ImportedEventWriter;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the subscribing handlers write for imported events one by one, as before the set-based path (issue 17): the
 * tables the import's writers keep, read as sorted text rows, and the imported events handed again to the handlers
 * of the writers' groups (around the processors, which skip imported events), in their stored order.
 */
final class PerEventPath {

    /**
     * The command-side lookup tables and the parties' views an import writes: which rows (those the import made, in an
     * installation without native history), and the subscribing group that writes them.
     */
    private static final List<Table> TABLES = List.of(
            new Table("batch_view", "true", "batch-view"), new Table("batch_party", "true", "batch-view"),
            new Table("batch_trip", "true", "batch-view"), new Table("batch_named_carrier", "true", "batch-view"),
            new Table("manifest_view", "true", "manifest-view"), new Table("manifest_line_view", "true", "manifest-view"),
            new Table("party_manifest", "true", "manifest-view"),
            new Table("batch_custody", "true", "batch-custody"), new Table("manifest_trip", "true", "manifest-trips"),
            new Table("label_sequence", "true", "registry-claims"),
            new Table("manifest_serial", "true", "registry-claims"),
            new Table("claimed_identifier", "kind = 'MANIFEST_NUMBER'", "registry-claims"),
            new Table("plan_generation", "true", "plan-view"),
            new Table("collection_round_stop_lookup", "true", "collection-round-stops"));

    private record Table(String name, String rows, String group) {
    }

    private final ApplicationContext app;
    private final JdbcTemplate jdbc;

    PerEventPath(ApplicationContext app) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    /** Every table's rows (those the import made), each row as text, sorted. */
    Map<String, List<String>> rows() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Table table : TABLES) {
            tables.put(table.name(), jdbc.queryForList("select * from " + table.name() + " where " + table.rows())
                    .stream().map(PerEventPath::text).sorted().toList());
        }
        return tables;
    }

    /**
     * A row as text, its times to the millisecond: the store keeps an event's recording time to the millisecond, the
     * handlers of the import saw it as published.
     */
    private static String text(Map<String, Object> row) {
        Map<String, Object> values = new TreeMap<>();
        row.forEach((column, value) -> values.put(column, value instanceof java.sql.Timestamp time
                ? time.toInstant().truncatedTo(ChronoUnit.MILLIS)
                : value instanceof OffsetDateTime time ? time.toInstant().truncatedTo(ChronoUnit.MILLIS) : value));
        return values.toString();
    }

    /** Empties the tables the import's writers wrote, then writes them again with the per-event handlers. */
    void rewrite() {
        List<EventMessage<?>> imported = importedEvents();
        List<String> groups = app.getBeansOfType(ImportedEventWriter.class).values().stream()
                .map(ImportedEventWriter::group).distinct().toList();
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        app.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            TABLES.stream().filter(table -> groups.contains(table.group()))
                    .forEach(table -> jdbc.update("delete from " + table.name() + " where " + table.rows()));
            for (EventMessage<?> event : imported) {
                for (String group : groups) {
                    AbstractEventProcessor processor = processing.eventProcessor(group, AbstractEventProcessor.class)
                            .orElseThrow();
                    DefaultUnitOfWork.startAndGet(event).execute(() -> {
                        try {
                            processor.eventHandlerInvoker().handle(event, Segment.ROOT_SEGMENT);
                        } catch (Exception failed) {
                            throw new IllegalStateException(failed);
                        }
                    });
                }
            }
        });
    }

    private List<EventMessage<?>> importedEvents() {
        List<EventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = app.getBean(EventStore.class).openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.getMetaData().containsKey(AuditMetadata.IMPORT_JOB_ID)) {
                    events.add(event);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        return events;
    }
}
