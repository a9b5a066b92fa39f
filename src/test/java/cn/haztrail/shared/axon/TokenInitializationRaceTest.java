package cn.haztrail.shared.axon;

import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestDatabase;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes starting at once on an empty database both find no tokens for a streaming processor and both make them
 * (issue 16). Each side here does what Axon's pooled processor does at start, in a transaction of its own: look for the
 * processor's segments, make them if there are none, and catch a failure of that inside the transaction. Node A has
 * made them but not committed when node B looks (B sees none) and tries to make them too; A commits only once B waits
 * on the database. Both transactions must commit, as both nodes must start, with one set of segments.
 */
@IntegrationTest
class TokenInitializationRaceTest {

    private static final int SEGMENTS = 4;
    private final String processor = "initialization-race-" + UUID.randomUUID();

    @Autowired
    TokenStore tokens;
    @Autowired
    TransactionManager transactions;
    @Autowired
    EntityManagerProvider entityManagers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheProcessor() {
        jdbc.update("delete from token_entry where processor_name = ?", processor);
    }

    @Test
    void two_nodes_making_a_processors_first_tokens_at_once_both_start_with_one_set_of_segments() throws Exception {
        CountDownLatch aMadeThem = new CountDownLatch(1);
        CountDownLatch aMayCommit = new CountDownLatch(1);
        CompletableFuture<Object> sessionOfB = new CompletableFuture<>();

        CompletableFuture<Void> nodeA = CompletableFuture.runAsync(() -> {
            Transaction transaction = transactions.startTransaction();
            initializeAsAxonDoes();
            aMadeThem.countDown();
            awaitQuietly(aMayCommit);
            transaction.commit();
        });
        assertThat(aMadeThem.await(2, TimeUnit.MINUTES)).as("node A made the tokens").isTrue();
        CompletableFuture<Void> nodeB = CompletableFuture.runAsync(() -> transactions.executeInTransaction(() -> {
            sessionOfB.complete(entityManagers.getEntityManager().createNativeQuery(
                    TestDatabase.isPostgres() ? "select pg_backend_pid()" : "select session_id()").getSingleResult());
            initializeAsAxonDoes();
        }));
        Object session = sessionOfB.get(2, TimeUnit.MINUTES);
        await("node B waits for node A's transaction").atMost(Duration.ofMinutes(2)).until(() -> waiting(session));
        aMayCommit.countDown();

        nodeA.get(2, TimeUnit.MINUTES);
        nodeB.get(2, TimeUnit.MINUTES);
        assertThat(transactions.fetchInTransaction(() -> tokens.fetchSegments(processor)))
                .containsExactly(0, 1, 2, 3);
    }

    /** As Axon's pooled Coordinator initializes its token store: a failure is logged, not rethrown. */
    private void initializeAsAxonDoes() {
        try {
            if (tokens.fetchSegments(processor).length == 0) {
                tokens.initializeTokenSegments(processor, SEGMENTS);
            }
        } catch (Exception concurrentInitialization) {
            // Axon: "This may simply indicate concurrent attempts to initialize."
        }
    }

    private boolean waiting(Object session) {
        if (TestDatabase.isPostgres()) {
            return "Lock".equals(jdbc.queryForObject("select wait_event_type from pg_stat_activity where pid = ?",
                    String.class, ((Number) session).intValue()));
        }
        return jdbc.queryForObject("select blocker_id from information_schema.sessions where session_id = ?",
                Integer.class, ((Number) session).intValue()) != null;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
