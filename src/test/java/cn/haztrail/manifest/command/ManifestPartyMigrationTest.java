package cn.haztrail.manifest.command;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

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
        MigrationDatabase database = new MigrationDatabase("manifest-party-migration");
        JdbcTemplate jdbc = database.jdbc();
        UUID enterprise = UUID.fromString("8d0f3c52-6a1e-3b7f-9c24-5e1a7b9d2f40");
        database.migrateTo("156");
        jdbc.update("insert into enterprise_view (id, credit_code, name, region_code, address, roles, registered_at, "
                + "version) values (?, '91360200MA39H5LD0E', '景德镇市危废处置中心', '360222', '浮梁县', 'RECEIVER,COLLECTOR', "
                + "current_timestamp, 0)", enterprise);

        database.migrate();

        assertThat(jdbc.queryForMap("select name, region_code, roles from manifest_party where enterprise_id = ?",
                enterprise)).containsAllEntriesOf(Map.of("NAME", "景德镇市危废处置中心", "REGION_CODE", "360222",
                "ROLES", "RECEIVER,COLLECTOR"));
    }
}
