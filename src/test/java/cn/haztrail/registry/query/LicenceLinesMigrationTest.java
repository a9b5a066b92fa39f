package cn.haztrail.registry.query;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registry view written before licences had lines (one scope, one method list per licence row) is turned into
 * lines by the migration with the same meaning the event upcaster gives the events: the view is kept inside command
 * transactions and is not rebuilt from the events on upgrade.
 */
class LicenceLinesMigrationTest {

    @Test
    void R03_a_licence_row_of_one_scope_becomes_a_line_per_category_and_code_with_every_method() {
        MigrationDatabase database = new MigrationDatabase("licence-lines-migration",
                new V25__LicenceLinesFromSingleScope());
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("24");
        UUID licence = UUID.randomUUID();
        jdbc.update("insert into licence_view (id, enterprise_id, number, mode, categories, codes, excluded_codes, "
                        + "methods, annual_capacity_tonnes, valid_from, valid_to, status) values (?, ?, ?, ?, ?, ?, ?, ?, "
                        + "30000, date '2024-01-01', date '2028-12-31', 'ACTIVE')", licence, UUID.randomUUID(),
                "赣危废经字第360200001号", "COMPREHENSIVE", "HW08,HW49", "900-402-06,900-041-49",
                "900-044-49,900-041-49", "D1,D10");

        database.migrate();

        List<Map<String, Object>> lines = jdbc.queryForList("select scope, excluded_codes, methods, "
                + "annual_capacity_tonnes from licence_line_view where licence_id = ? order by line_no", licence);
        assertThat(lines).extracting(line -> line.get("scope")).containsExactly("HW08", "HW49", "900-402-06");
        assertThat(lines).extracting(line -> line.get("methods")).containsOnly("D1,D10");
        assertThat(lines.get(1).get("excluded_codes")).isEqualTo("900-041-49,900-044-49");
        assertThat(lines).extracting(line -> line.get("annual_capacity_tonnes")).containsOnlyNulls();
        assertThat(jdbc.queryForObject("select annual_capacity_tonnes from licence_view where id = ?",
                java.math.BigDecimal.class, licence)).isEqualByComparingTo("30000");
    }
}
