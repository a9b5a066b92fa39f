package cn.haztrail.collection.query;

import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.collection.api.StopManifest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The facts of a manifest a round's stop is checked against (R43, R44), read from the manifests' and batches' read
 * models before the command is sent. Both are subscribing, so they hold every manifest step already recorded; the
 * round's aggregate decides from these facts and never reads a read model itself.
 */
@Service
@Transactional(readOnly = true)
public class StopManifests {

    private final JdbcTemplate jdbc;
    private final WasteCatalogue catalogue;

    StopManifests(JdbcTemplate jdbc, WasteCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** The manifest's facts, or empty when no manifest has that id. */
    public Optional<StopManifest> find(UUID manifestId) {
        return jdbc.query("select consignor_id, receiver_id, carrier_ids, vehicle_plate, status from manifest_view "
                + "where id = ?", (rs, row) -> new StopManifest(manifestId, rs.getObject("consignor_id", UUID.class),
                rs.getObject("receiver_id", UUID.class), carriers(rs.getString("carrier_ids")),
                rs.getString("vehicle_plate"), open(rs.getString("status")), medicalLimit(manifestId)),
                manifestId).stream().findFirst();
    }

    /** Only a manifest not yet picked up (nor cancelled) can still be collected on a round. */
    private static boolean open(String status) {
        return "DRAFT".equals(status) || "SUBMITTED".equals(status);
    }

    /** The earliest 48-hour limit of the manifest's medical batches (R09 for HW01); null when none is medical. */
    private Instant medicalLimit(UUID manifestId) {
        List<Instant> limits = new ArrayList<>();
        jdbc.query("select b.edition, b.waste_code, b.storage_limit_at from manifest_line_view l "
                + "join batch_view b on b.id = l.batch_id where l.manifest_id = ?", rs -> {
            WasteCode code = WasteCode.parse(rs.getString("waste_code"));
            Optional<WasteCodeEntry> entry = catalogue.find(rs.getString("edition"), code).or(() -> catalogue.current(code));
            Timestamp limit = rs.getTimestamp("storage_limit_at");
            if (entry.map(WasteCodeEntry::isMedical).orElse(false) && limit != null) {
                limits.add(limit.toInstant());
            }
        }, manifestId);
        return limits.stream().min(Instant::compareTo).orElse(null);
    }

    private static List<UUID> carriers(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
    }
}
