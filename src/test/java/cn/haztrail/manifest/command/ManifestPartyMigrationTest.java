package cn.haztrail.manifest.command;

import cn.haztrail.support.OwnDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to drafting's own lookup of its parties finds the enterprises it registered before in it
 * (R02, R03 and the destination region need them): the migration copies them from the registry's view once.
 */
class ManifestPartyMigrationTest {

    @Test
    void R03_enterprises_registered_before_the_lookup_existed_are_copied_into_it() {
        String url = OwnDatabase.URL.substring("spring.datasource.url=".length()) + "manifest-party-migration"
                + OwnDatabase.OPTIONS;
        DriverManagerDataSource database = new DriverManagerDataSource(url, "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        UUID enterprise = UUID.fromString("8d0f3c52-6a1e-3b7f-9c24-5e1a7b9d2f40");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("156").load().migrate();
        jdbc.update("insert into enterprise_view (id, credit_code, name, region_code, address, roles, registered_at, "
                + "version) values (?, '91360200MA39H5LD0E', '景德镇市危废处置中心', '360222', '浮梁县', 'RECEIVER,COLLECTOR', "
                + "current_timestamp, 0)", enterprise);

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForMap("select name, region_code, roles from manifest_party where enterprise_id = ?",
                enterprise)).containsAllEntriesOf(Map.of("NAME", "景德镇市危废处置中心", "REGION_CODE", "360222",
                "ROLES", "RECEIVER,COLLECTOR"));
    }
}
