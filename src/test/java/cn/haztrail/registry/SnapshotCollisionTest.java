package cn.haztrail.registry;

import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.shared.axon.RetryingTransaction;
import cn.haztrail.shared.axon.SnapshotConfiguration;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two nodes may snapshot the same aggregate after the same event (issue 16): the one that stores it second collides on
 * the snapshot's key. That must never cost the command whose load took the snapshot, even when that command runs
 * inside a wider transaction (a disposal with its licence check). "Another node" here inserts the snapshot row, proven
 * with its own key, in a transaction it commits only once this node waits for that row or has answered.
 */
@IntegrationTest
class SnapshotCollisionTest {

    /** A receiver is snapshotted once a load has read and applied this many events. */
    private static final int EVENTS_BETWEEN_SNAPSHOTS = SnapshotConfiguration.EVENTS_BETWEEN_SNAPSHOTS;
    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    RetryingTransaction transaction;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_snapshot_another_node_stores_at_the_same_time_does_not_roll_back_the_command_that_took_it()
            throws Exception {
        UUID receiver = aReceiver();
        while (events(receiver) < EVENTS_BETWEEN_SNAPSHOTS - 1) {
            commands.sendAndWait(admission(receiver, UUID.randomUUID()));
        }
        assertThat(events(receiver)).as("no load has reached a snapshot yet").isEqualTo(EVENTS_BETWEEN_SNAPSHOTS - 1);
        long next = EVENTS_BETWEEN_SNAPSHOTS - 1;
        CountDownLatch otherNodeMayCommit = new CountDownLatch(1);
        CompletableFuture<Object> otherNode = new CompletableFuture<>();
        CompletableFuture<Void> otherNodeCommitted = CompletableFuture.runAsync(() -> new TransactionTemplate(
                transactions).executeWithoutResult(status -> {
                    storeAnotherNodesSnapshot(receiver, next);
                    otherNode.complete(jdbc.queryForObject(TestDatabase.isPostgres() ? "select pg_backend_pid()"
                            : "select session_id()", Object.class));
                    awaitQuietly(otherNodeMayCommit);
                }));
        Object otherSession = otherNode.get(2, TimeUnit.MINUTES);
        UUID manifest = UUID.randomUUID();

        CompletableFuture<Object> command = CompletableFuture.supplyAsync(
                () -> transaction.execute(() -> commands.sendAndWait(admission(receiver, manifest))));
        await("the command answers, or waits for the other node's snapshot").atMost(Duration.ofMinutes(2))
                .until(() -> command.isDone() || waitsFor(otherSession));
        otherNodeMayCommit.countDown();
        otherNodeCommitted.get(2, TimeUnit.MINUTES);

        assertThat(command.get(2, TimeUnit.MINUTES)).as("the admission answers its licence").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", Long.class, receiver.toString(), next)).as("its event is stored")
                .isEqualTo(1);
    }

    /** Whether a session waits for the other node's uncommitted snapshot row. */
    private boolean waitsFor(Object otherSession) {
        int session = ((Number) otherSession).intValue();
        if (TestDatabase.isPostgres()) {
            return jdbc.queryForObject("select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))",
                    Long.class, session) > 0;
        }
        return jdbc.queryForObject("select count(*) from information_schema.sessions where blocker_id = ?",
                Long.class, session) > 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private UUID aReceiver() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        String receiver = api.post(Api.ADMIN, "/api/v1/enterprises", RegistryRequests.enterprise("360222", "RECEIVER"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        Map<String, Object> licence = new HashMap<>(RegistryRequests.licence(
                RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE", List.of("HW08"), List.of("D10")));
        licence.put("annualCapacityTonnes", "1000");
        api.post(Api.ADMIN, receiver + "/licences", licence).andExpect(status().isCreated());
        return UUID.fromString(receiver.substring(receiver.lastIndexOf('/') + 1));
    }

    private long events(UUID aggregate) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregate.toString());
    }

    private void storeAnotherNodesSnapshot(UUID receiver, long sequence) {
        jdbc.update("insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "values (?, ?, 'Enterprise', ?, '2026-12-03T10:00:00.000Z', "
                        + "'cn.haztrail.registry.command.Enterprise', '3', ?, ?)",
                receiver.toString(), sequence, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                "{\"eventHash\":\"0\",\"proof\":\"0\",\"proofKey\":\"another-node\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static AdmitWaste admission(UUID receiver, UUID manifest) {
        return new AdmitWaste(receiver, manifest, List.of(new AdmissionLine("900-249-08", "D10", BigDecimal.ONE)),
                MAY);
    }
}
