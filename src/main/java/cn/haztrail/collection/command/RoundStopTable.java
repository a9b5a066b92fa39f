package cn.haztrail.collection.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link RoundStops} over the table collection_round_stop_lookup (V185), and the writes that keep it. */
@Component
class RoundStopTable implements RoundStops {

    private static final String PICKED_UP =
            "update collection_round_stop_lookup set picked_up_at = ? where manifest_id = ?";

    private final JdbcTemplate jdbc;

    RoundStopTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> roundsOf(UUID manifestId) {
        return jdbc.queryForList("select round_id from collection_round_stop_lookup where manifest_id = ?",
                UUID.class, manifestId);
    }

    @Override
    public Map<UUID, Instant> pickups(UUID roundId) {
        Map<UUID, Instant> pickups = new HashMap<>();
        jdbc.query("select manifest_id, picked_up_at from collection_round_stop_lookup where round_id = ? "
                + "and picked_up_at is not null", rs -> {
            pickups.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
        }, roundId);
        return pickups;
    }

    /** Repeated, it changes nothing. */
    void stopAdded(UUID roundId, UUID manifestId) {
        Long known = jdbc.queryForObject("select count(*) from collection_round_stop_lookup where round_id = ? "
                + "and manifest_id = ?", Long.class, roundId, manifestId);
        if (known == null || known == 0) {
            jdbc.update("insert into collection_round_stop_lookup (round_id, manifest_id) values (?, ?)", roundId,
                    manifestId);
        }
    }

    void pickedUp(UUID manifestId, Instant at) {
        pickedUp(Map.of(manifestId, at));
    }

    /** Pickups of many manifests in one JDBC batch. */
    void pickedUp(Map<UUID, Instant> pickups) {
        jdbc.batchUpdate(PICKED_UP, pickups.entrySet().stream()
                .map(pickup -> new Object[]{Timestamp.from(pickup.getValue()), pickup.getKey()}).toList());
    }

    /** A completed round holds no manifest any more: those not collected may join another round. */
    void released(UUID roundId) {
        jdbc.update("delete from collection_round_stop_lookup where round_id = ?", roundId);
    }
}
