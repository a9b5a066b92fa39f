package cn.haztrail.shared.persistence;

import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL a JDBC batch of inserts (the imports, the projections' batched writes, the event store's appends)
 * goes to the server as multi-row inserts, in production as in the benchmarks that measured it.
 */
@IntegrationTest
class BatchedInsertsTest {

    private static final String SETTING = "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts";

    @Autowired
    DataSource dataSource;

    @Test
    void the_production_profile_for_postgresql_rewrites_batched_inserts() throws IOException {
        List<PropertySource<?>> production = new YamlPropertySourceLoader().load("production",
                new ClassPathResource("application-postgres.yml"));

        assertThat(production).extracting(source -> String.valueOf(source.getProperty(SETTING))).contains("true");
    }

    @Test
    void on_postgresql_a_batch_of_inserts_is_sent_as_multi_row_inserts() throws SQLException {
        assumeTrue(TestDatabase.isPostgres(), "H2 has no such setting");
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("create temporary table batched_insert_probe (n int)");
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into batched_insert_probe (n) values (?)")) {
                for (int n = 1; n <= 4; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                // rewritten, the driver cannot tell the rows each statement of the batch inserted (one per row else)
                assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO);
            } finally {
                connection.createStatement().execute("drop table batched_insert_probe");
            }
        }
    }
}
