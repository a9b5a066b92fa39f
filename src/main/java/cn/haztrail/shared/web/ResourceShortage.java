package cn.haztrail.shared.web;

import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means "the server is short of database capacity right now" (no pooled connection within the
 * pool's timeout, a query or lock wait that timed out, a command handler stopped at its time limit) rather than a fault of the request or of the code. Such a
 * failure is answered 503 with {@code Retry-After}, never 401 or 500: the caller did nothing wrong and may retry.
 * Frameworks wrap these (Spring's transaction and authentication layers, Hibernate, Axon's command gateway), so the
 * whole cause chain is searched.
 */
public final class ResourceShortage {

    private static final int DEEPEST_CAUSE = 20;

    private ResourceShortage() {
    }

    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++) {
            if (isShortage(cause)) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    private static boolean isShortage(Throwable failure) {
        return failure instanceof SQLTransientConnectionException // HikariCP: "Connection is not available"
                || failure instanceof SQLTimeoutException
                || failure instanceof CannotGetJdbcConnectionException
                || failure instanceof QueryTimeoutException
                || failure instanceof CannotAcquireLockException
                || failure instanceof jakarta.persistence.QueryTimeoutException
                || failure instanceof jakarta.persistence.LockTimeoutException
                // a command handler stopped at Axon's time limit: its unit of work was rolled back
                || failure instanceof AxonTimeoutException;
    }
}
