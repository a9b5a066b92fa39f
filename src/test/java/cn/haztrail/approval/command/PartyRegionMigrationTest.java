package cn.haztrail.approval.command;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to the approval's own lookup of its parties' regions finds the enterprises it registered
 * before in it (R14's cross-province test needs them): the migration copies them from the registry's view once.
 */
class PartyRegionMigrationTest {

    @Test
    void R14_enterprises_registered_before_the_lookup_existed_are_copied_into_it() {
        MigrationDatabase database = new MigrationDatabase("party-region-migration");
        JdbcTemplate jdbc = database.jdbc();
        UUID enterprise = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
        database.migrateTo("57");
        jdbc.update("insert into enterprise_view (id, credit_code, name, region_code, address, roles, registered_at, "
                + "version) values (?, '91360200MA39H5LD0E', '景德镇市昌南化工有限公司', '360203', '珠山区', 'PRODUCER', "
                + "current_timestamp, 0)", enterprise);

        database.migrate();

        assertThat(jdbc.queryForObject("select region_code from approval_party_region where enterprise_id = ?",
                String.class, enterprise)).isEqualTo("360203");
    }
}
