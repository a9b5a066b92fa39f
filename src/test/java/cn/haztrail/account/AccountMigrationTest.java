package cn.haztrail.account;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of an earlier version keeps its logins: V41 makes each party account (one role, one enterprise)
 * its enterprise's manager, and leaves administrators and regulators as they were.
 */
class AccountMigrationTest {

    @Test
    void R29_earlier_party_accounts_become_their_enterprises_managers() {
        MigrationDatabase database = new MigrationDatabase("account-migration-" + UUID.randomUUID());
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("40");
        UUID plant = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
        jdbc.update("insert into account (id, username, password_hash, role, enterprise_id, jurisdiction, enabled) "
                + "values ('p-1', 'producer', '{bcrypt}x', 'PRODUCER', ?, null, true)", plant);
        jdbc.update("insert into account (id, username, password_hash, role, enterprise_id, jurisdiction, enabled) "
                + "values ('r-1', 'regulator-jdz', '{bcrypt}y', 'REGULATOR', null, '360200', true)");

        database.migrateTo("41");

        assertThat(jdbc.queryForMap("select account_id, enterprise_id, member_role, acts_as, enabled "
                + "from account_membership")).isEqualTo(Map.of("account_id", "p-1", "enterprise_id", plant,
                "member_role", "MANAGER", "acts_as", "PRODUCER", "enabled", true));
        assertThat(jdbc.queryForMap("select role, enterprise_id, password_hash from account where id = 'p-1'"))
                .containsEntry("role", null).containsEntry("enterprise_id", null)
                .containsEntry("password_hash", "{bcrypt}x");
        assertThat(jdbc.queryForObject("select role from account where id = 'r-1'", String.class))
                .isEqualTo("REGULATOR");
    }
}
