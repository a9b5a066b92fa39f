package cn.haztrail.production;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A PostgreSQL database of its own for one test, created on the machine's server (127.0.0.1:5432, user postgres,
 * trust authentication) and dropped at the end, with the environment a HazTrail node needs to use it.
 */
final class FreshDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    private final String name;
    private final JdbcTemplate jdbc;

    private FreshDatabase(String name) {
        this.name = name;
        this.jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), url(), USER, ""));
    }

    static FreshDatabase create() {
        String name = "haztrail_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + SERVER + " as user " + USER
                    + " (these tests run the packaged jar on it; start it, as .ci/run does, with "
                    + "pg_ctlcluster <version> main start): " + e.getMessage(), e);
        }
        return new FreshDatabase(name);
    }

    String url() {
        return SERVER + name;
    }

    /** The production profile on this database: PostgreSQL, logins as JWTs from {@code idp}. */
    Map<String, String> productionEnvironment(TestIdentityProvider idp) {
        return Map.of("SPRING_PROFILES_ACTIVE", "postgres,oidc",
                "HAZTRAIL_DB_URL", url(), "HAZTRAIL_DB_USER", USER, "HAZTRAIL_DB_PASSWORD", "",
                "HAZTRAIL_PUBLIC_BASE_URL", "https://haztrail.example.gov.cn",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", "file:" + idp.publicKeyFile());
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Drops the database, unless -Dhaztrail.it.keep-database=true keeps it for a look after a failure. */
    @Override
    public void close() {
        if (Boolean.getBoolean("haztrail.it.keep-database")) {
            System.out.println("[it] kept database " + name);
            return;
        }
        try (var connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop " + name + ": " + e.getMessage(), e);
        }
    }
}
