package cn.haztrail.support;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/**
 * An in-memory H2 database of one migration test's own, with the options the tests' application contexts run H2 with
 * ({@link OwnDatabase}): brought to the version an installation held, filled as that version left its tables, then
 * upgraded. Each test names its own, so that none sees another's rows. The application's Java migrations are Spring
 * beans, package-private: a test names those it needs.
 */
public final class MigrationDatabase {

    private final DriverManagerDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final JavaMigration[] javaMigrations;

    public MigrationDatabase(String name, JavaMigration... javaMigrations) {
        this.dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + name + OwnDatabase.OPTIONS, "sa", "");
        this.jdbc = new JdbcTemplate(dataSource);
        this.javaMigrations = javaMigrations;
    }

    /** The migrations up to this version, as an installation of that version holds them. */
    public MigrationDatabase migrateTo(String version) {
        flyway().target(version).load().migrate();
        return this;
    }

    /** Every migration not applied yet: the upgrade to this version of HazTrail. */
    public MigrationDatabase migrate() {
        flyway().load().migrate();
        return this;
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(javaMigrations);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
