package cn.haztrail.feed;

import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.shared.security.api.AccountLocked;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import cn.haztrail.exemption.api.ExemptionRecorded;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed and webhooks ask every stored event for its audience, including events no aggregate applied. */
class EventAudienceTest {

    @Test
    void an_event_without_an_aggregate_is_for_nobody() {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        // How the event store hands back a published event: no type, its own id as the stream.
        var stored = new GenericDomainEventMessage<>(null, UUID.randomUUID().toString(), 0,
                new AccountLocked(UUID.randomUUID().toString(), now.plusSeconds(900), 5, now));

        assertThat(new EventAudience(null).of(stored)).isEqualTo(Audience.NOBODY);
    }

    @Test
    void R21_a_batch_is_in_the_jurisdictions_of_its_producer_and_receiver_not_of_its_carrier() {
        JdbcTemplate jdbc = batchParties("event-audience");
        UUID batch = UUID.randomUUID();
        UUID producer = UUID.randomUUID();
        UUID carrier = UUID.randomUUID();
        UUID receiver = UUID.randomUUID();
        jdbc.update("insert into batch_party values (?, ?, 'PRODUCER', '360502'), (?, ?, 'CARRIER', '360203'), "
                + "(?, ?, 'RECEIVER', '360521')", batch, producer, batch, carrier, batch, receiver);
        var pickedUp = new GenericDomainEventMessage<>("WasteBatch", batch.toString(), 3,
                new BatchPickedUp(batch, UUID.randomUUID(), carrier, Instant.parse("2026-03-01T08:00:00Z")));

        Audience audience = new EventAudience(jdbc).of(pickedUp);

        assertThat(audience.enterprises()).containsExactlyInAnyOrder(producer, carrier, receiver);
        assertThat(audience.regions()).isEqualTo(Set.of("360502", "360521"));
    }

    @Test
    void an_exemption_is_for_its_producer_and_utilizer_and_the_regulators_of_both() {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:event-audience-exemption;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        jdbc.execute("create table if not exists exemption_view (id uuid not null, producer_id uuid not null, "
                + "utilizer_id uuid not null, producer_region varchar(6), utilizer_region varchar(6))");
        UUID exemption = UUID.randomUUID();
        UUID producer = UUID.randomUUID();
        UUID utilizer = UUID.randomUUID();
        jdbc.update("insert into exemption_view values (?, ?, ?, '360502', '360222')", exemption, producer, utilizer);
        var recorded = new GenericDomainEventMessage<>("TargetedExemption", exemption.toString(), 0,
                new ExemptionRecorded(exemption, producer, utilizer, "900-249-08", "R9", BigDecimal.TEN,
                        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                        Instant.parse("2026-01-01T00:00:00Z")));

        Audience audience = new EventAudience(jdbc).of(recorded);

        assertThat(audience.enterprises()).containsExactlyInAnyOrder(producer, utilizer);
        assertThat(audience.regions()).isEqualTo(Set.of("360502", "360222"));
    }

    @Test
    void R21_each_batch_of_a_processing_batch_gets_its_own_parties_from_one_query() {
        JdbcTemplate jdbc = batchParties("event-audience-batches");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        UUID firstProducer = UUID.randomUUID();
        UUID secondProducer = UUID.randomUUID();
        jdbc.update("insert into batch_party values (?, ?, 'PRODUCER', '360502'), (?, ?, 'PRODUCER', '360222')",
                first, firstProducer, second, secondProducer);
        List<EventMessage<?>> events = List.of(pickedUp(first), pickedUp(second), pickedUp(unknown));
        AtomicInteger queries = new AtomicInteger();
        JdbcTemplate counting = new JdbcTemplate(jdbc.getDataSource()) {
            @Override
            public void query(PreparedStatementCreator creator, RowCallbackHandler handler) {
                queries.incrementAndGet();
                super.query(creator, handler);
            }

            @Override
            public void query(String sql, RowCallbackHandler handler, Object... arguments) {
                queries.incrementAndGet();
                super.query(sql, handler, arguments);
            }
        };
        EventAudience audiences = new EventAudience(counting);
        List<Audience> answers = new ArrayList<>();

        new BatchingUnitOfWork<>(events).executeWithResult(() ->
                answers.add(audiences.of((EventMessage<?>) CurrentUnitOfWork.get().getMessage())));

        assertThat(answers).containsExactly(Audience.of(List.of(firstProducer), List.of("360502")),
                Audience.of(List.of(secondProducer), List.of("360222")), Audience.of(List.of(), List.of()));
        assertThat(queries).hasValue(1);
    }

    private static EventMessage<?> pickedUp(UUID batch) {
        return new GenericDomainEventMessage<>("WasteBatch", batch.toString(), 3,
                new BatchPickedUp(batch, UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-03-01T08:00:00Z")));
    }

    private static JdbcTemplate batchParties(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        jdbc.execute("create table if not exists batch_party (batch_id uuid not null, party_id uuid not null, "
                + "relation varchar(10) not null, region_code varchar(6), primary key (batch_id, party_id, relation))");
        return jdbc;
    }
}
