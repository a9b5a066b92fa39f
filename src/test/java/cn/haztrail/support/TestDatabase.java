package cn.haztrail.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Runs integration tests on in-memory H2, or on PostgreSQL when {@code -Dhaztrail.test.database=postgres} is given,
 * so that every test proves both databases.
 */
public class TestDatabase implements ActiveProfilesResolver {

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("haztrail.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return isPostgres() ? new String[]{"test", "test-postgres"} : new String[]{"test"};
    }
}
