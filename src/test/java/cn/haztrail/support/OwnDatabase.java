package cn.haztrail.support;

/**
 * Properties that put a test's own application context on an in-memory H2 database of its own. Spring keeps every
 * test context alive until the JVM ends, each with its own event processors and webhook dispatchers; a second context
 * on the shared test database would take events from the other tests' processors (as a second node would), so any
 * test that cannot use {@link IntegrationTest} names a database of its own: {@code URL + "name" + OPTIONS}.
 */
public final class OwnDatabase {

    public static final String URL = "spring.datasource.url=jdbc:h2:mem:";
    public static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    /** H2's dialect also when the suite runs against PostgreSQL, whose profile names PostgreSQL's. */
    public static final String DIALECT = "spring.jpa.database-platform=cn.haztrail.shared.persistence.H2BinaryLobDialect";

    private OwnDatabase() {
    }
}
