package cn.haztrail.shared.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are a shortage the caller may retry (503), however deeply the frameworks wrapped them. */
class ResourceShortageCausesTest {

    private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 10000ms.");

    @Test
    void a_pool_timeout_inside_a_transaction_that_could_not_start_is_a_shortage() {
        assertThat(ResourceShortage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new RuntimeException("wrapped", POOL_TIMEOUT)))).isTrue();
    }

    @Test
    void a_pool_timeout_inside_the_sign_in_is_a_shortage() {
        assertThat(ResourceShortage.causedBy(new InternalAuthenticationServiceException("lookup failed",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMEOUT)))).isTrue();
    }

    @Test
    void a_command_stopped_at_its_time_limit_is_a_shortage() {
        assertThat(ResourceShortage.causedBy(new CommandExecutionException("failed", new AxonTimeoutException(
                "Message [RegisterBatch] for handler [null] has timed out.")))).isTrue();
    }

    @Test
    void a_duplicate_or_a_bug_is_not_a_shortage() {
        assertThat(ResourceShortage.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(ResourceShortage.causedBy(new IllegalStateException("bug"))).isFalse();
    }
}
