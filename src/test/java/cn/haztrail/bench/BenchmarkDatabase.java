package cn.haztrail.bench;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh database for each benchmark JVM, chosen with {@code -Dbench.database=h2|postgres} (or, as for the tests,
 * {@code -Dhaztrail.test.database=postgres}): an H2 FILE database under target/bench-h2 (a million events in memory
 * would not fit the 512 MB heap), or a new PostgreSQL database on 127.0.0.1:5432 that is dropped when the JVM exits.
 */
public class BenchmarkDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static Map<String, Object> properties;

    public static String name() {
        return isPostgres() ? "PostgreSQL" : "H2 (file)";
    }

    /** {@code -Dbench.database=postgres}, or {@code -Dhaztrail.test.database=postgres} as the tests choose it. */
    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("bench.database", "h2"))
                || "postgres".equalsIgnoreCase(System.getProperty("haztrail.test.database"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench-database", properties()));
    }

    private static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = isPostgres() ? postgres() : h2();
        }
        return properties;
    }

    private static Map<String, Object> h2() {
        Path dir = Path.of("target", "bench-h2");
        try {
            if (Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", "jdbc:h2:file:" + dir.toAbsolutePath() + "/haztrail;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
        return props;
    }

    private static Map<String, Object> postgres() {
        String database = "haztrail_bench_" + System.currentTimeMillis();
        admin("create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> admin("drop database if exists " + database
                + " with (force)")));
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", POSTGRES_SERVER + database + "?reWriteBatchedInserts=true");
        props.put("spring.datasource.username", "postgres");
        props.put("spring.datasource.password", "");
        props.put("spring.jpa.database-platform", "cn.haztrail.shared.persistence.PostgresBinaryLobDialect");
        return props;
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "")) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
