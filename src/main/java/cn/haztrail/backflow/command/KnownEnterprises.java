package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Enterprises by unified social credit code, from the command side's uniqueness table (registry claims), remembered
 * for one job. A record naming an enterprise HazTrail does not know is refused: registration has its own checks
 * (licence, permits, approval of the application) that a backflow record cannot stand in for.
 */
final class KnownEnterprises {

    private final JdbcTemplate jdbc;
    private final Map<String, Optional<UUID>> byCreditCode = new HashMap<>();
    private final Map<UUID, String> regions = new HashMap<>();

    KnownEnterprises(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the enterprise is registered (the backflow's own lookup table), or null if nowhere known. */
    String region(UUID enterpriseId) {
        return regions.computeIfAbsent(enterpriseId, id -> jdbc.queryForList(
                "select region_code from backflow_party_region where enterprise_id = ?", String.class, id)
                .stream().findFirst().orElse(null));
    }

    UUID require(Field field, String creditCode) {
        return byCreditCode.computeIfAbsent(creditCode, code -> jdbc.queryForList("""
                        select owner_id from claimed_identifier where kind = 'CREDIT_CODE' and claim_value = ?""",
                        UUID.class, code).stream().findFirst())
                .orElseThrow(() -> RecordRefused.of(field, "R01", "refused.backflow.unknown-enterprise", creditCode));
    }
}
