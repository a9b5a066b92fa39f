package cn.haztrail.persistence.store;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Puts a store written by an earlier version into an empty installation as that version wrote it (every column,
 * byte for byte, so the R23 hash chains stay valid), then feeds the parties' own views, which are kept inside
 * command transactions and so cannot be replayed by Axon, every stored event through the current code. The
 * streaming projections (oversight, feed) read the imported events by themselves.
 */
final class PreviousVersionStore {

    /** The groups updated inside command transactions (application.yml, mode: subscribing). */
    private static final List<String> SUBSCRIBING_VIEWS =
            List.of("registry-claims", "registry-view", "batch-view", "manifest-view", "approval-view",
                    "approval-party-regions", "manifest-parties", "manifest-trips", "batch-custody",
                    "admitted-manifests");

    private PreviousVersionStore() {
    }

    static int importRows(String resource, JdbcTemplate jdbc) throws Exception {
        JsonNode rows;
        try (InputStream in = PreviousVersionStore.class.getResourceAsStream(resource)) {
            rows = JsonMapper.builder().build().readTree(in);
        }
        long last = 0;
        for (JsonNode row : rows) {
            last = row.get("global_index").asLong();
            jdbc.update("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", last, text(row, "aggregate_identifier"),
                    row.get("sequence_number").asLong(), text(row, "type"), text(row, "event_identifier"),
                    text(row, "time_stamp"), text(row, "payload_type"), text(row, "payload_revision"),
                    bytes(row, "payload"), bytes(row, "meta_data"));
        }
        jdbc.execute("alter sequence domain_event_entry_seq restart with " + (last + 1));
        return rows.size();
    }

    static void feedSubscribingViews(EventStore events, EventProcessingConfiguration processing,
                                     PlatformTransactionManager transactions) {
        List<SubscribingEventProcessor> views = SUBSCRIBING_VIEWS.stream().map(name ->
                processing.eventProcessor(name, SubscribingEventProcessor.class).orElseThrow()).toList();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try (var stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                transaction.executeWithoutResult(status -> views.forEach(view -> handle(view, message)));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void handle(SubscribingEventProcessor view, EventMessage<?> message) {
        var result = DefaultUnitOfWork.startAndGet(message).executeWithResult(() -> {
            view.eventHandlerInvoker().handle(message, Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException(view.getName() + " failed on " + message.getPayloadType(),
                    result.exceptionResult());
        }
    }

    private static String text(JsonNode row, String field) {
        return row.get(field).isNull() ? null : row.get(field).asString();
    }

    private static byte[] bytes(JsonNode row, String field) {
        String value = text(row, field);
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
