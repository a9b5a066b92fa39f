package cn.haztrail.manifest;

import cn.haztrail.manifest.api.CheckTerms;
import cn.haztrail.manifest.api.CorrectionApplied;
import cn.haztrail.manifest.api.FieldChange;
import cn.haztrail.manifest.api.ManifestTerms;
import cn.haztrail.manifest.api.RecordRefusal;
import cn.haztrail.manifest.api.RefusalRecorded;
import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node keeps the aggregates its committed transactions left (issue 16): the next step on a manifest reads where
 * its stream ends instead of its events, and still decides on every event stored, whoever stored it.
 */
@StatementCountingTest
class KeptAggregatesTest {

    @Autowired
    Api api;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_step_after_a_committed_one_reads_where_the_stream_ends_not_its_events() throws Exception {
        String manifest = new CustodyFlow(api).draftedOil(1).id();

        StatementLog.clear();
        new CustodyFlow(api).submit("producer", manifest);

        List<StatementLog.Statement> reads = StatementLog.made().stream()
                .filter(made -> made.sql().toLowerCase().startsWith("select"))
                .filter(made -> made.sql().contains("domain_event_entry") && made.names(manifest)).toList();
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).sql()).as("no payload is read").doesNotContain("payload");
    }

    /** A question stores nothing, so no conflict at the append would reveal an aggregate that missed an event. */
    @Test
    void an_event_another_node_appended_is_applied_before_the_next_question() throws Exception {
        UUID manifest = UUID.fromString(new CustodyFlow(api).draftedOil(1).id());
        long drafted = lastSequence(manifest);
        transaction.executeWithoutResult(status -> events.publish(new GenericDomainEventMessage<>(
                "TransferManifest", manifest.toString(), drafted + 1, new CorrectionApplied(manifest,
                UUID.randomUUID(), List.of(new FieldChange("plannedMethod", "D10", "R9"))))));

        ManifestTerms terms = commands.sendAndWait(new CheckTerms(manifest));

        assertThat(terms.plannedMethod()).isEqualTo("R9");
    }

    @Test
    void an_event_of_a_transaction_that_rolled_back_reaches_no_later_command() throws Exception {
        UUID manifest = UUID.fromString(new CustodyFlow(api).draftedOil(1).id());
        long drafted = lastSequence(manifest);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            commands.sendAndWait(recordRefusal(manifest, "rolled back"));
            throw new IllegalStateException("the step fails after its command");
        })).hasMessageContaining("the step fails");

        commands.sendAndWait(recordRefusal(manifest, "kept"));

        assertThat(refusalsOf(manifest)).containsExactly("kept");
        assertThat(sequenceNumbers(manifest)).isEqualTo(LongStream.rangeClosed(0, drafted + 1).boxed().toList());
    }

    private static RecordRefusal recordRefusal(UUID manifest, String reason) {
        return new RecordRefusal(manifest, "receipt", "R04", reason, null, null);
    }

    private long lastSequence(UUID manifest) {
        return jdbc.queryForObject("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?",
                Long.class, manifest.toString());
    }

    private List<Long> sequenceNumbers(UUID manifest) {
        return jdbc.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", Long.class, manifest.toString());
    }

    private List<String> refusalsOf(UUID manifest) {
        return events.readEvents(manifest.toString()).asStream()
                .filter(event -> event.getPayload() instanceof RefusalRecorded)
                .map(event -> ((RefusalRecorded) event.getPayload()).reason()).toList();
    }
}
