package cn.haztrail.collection.query;

import cn.haztrail.collection.api.CollectionRoundStatus;
import cn.haztrail.shared.web.PageResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers the collection-round endpoints from the read model; who may see which round is the controller's call. */
@Service
@Transactional(readOnly = true)
public class CollectionRoundQueries {

    private static final String COLUMNS = "select id, collector_id, collector_name, collector_region, carrier_id, "
            + "vehicle_plate, planned_day, status, started_at, completed_at, version from collection_round_view r ";
    private static final String ORDER = " order by planned_day desc, id limit ? offset ?";

    private final JdbcTemplate jdbc;

    CollectionRoundQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One round with its stops, each with its manifest's number and status as they stand now, and its pickup: the
     * manifest's, unless the round came back without it (then a later pickup belongs to another round).
     */
    public Optional<CollectionRoundView> find(UUID id) {
        List<CollectionRoundView.Stop> stops = jdbc.query("select s.stop_no, s.manifest_id, m.number, m.status, "
                + "s.producer_id, e.name, s.producer_region, s.not_collected, "
                + "case when s.not_collected then null else m.picked_up_at end as picked_up_at "
                + "from collection_round_stop_view s "
                + "left join manifest_view m on m.id = s.manifest_id "
                + "left join enterprise_view e on e.id = s.producer_id where s.round_id = ? order by s.stop_no",
                (rs, row) -> new CollectionRoundView.Stop(rs.getInt(1), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
                        rs.getString(7), instant(rs.getTimestamp("picked_up_at")) != null,
                        instant(rs.getTimestamp("picked_up_at")), null, rs.getBoolean("not_collected")), id);
        return jdbc.query(COLUMNS + "where id = ?", mapper(CollectionRoundView.Stop.inPickupOrder(stops)), id)
                .stream().findFirst();
    }

    /** Rounds the enterprise runs, carries, or has a stop on. */
    public PageResponse<CollectionRoundView> forParty(UUID enterpriseId, int page, int size) {
        String where = "where collector_id = ? or carrier_id = ? or exists (select 1 from collection_round_stop_view s "
                + "where s.round_id = r.id and s.producer_id = ?)";
        return page(where, page, size, enterpriseId, enterpriseId, enterpriseId);
    }

    /** @param jurisdiction a 6-digit division code: rounds whose collector or one of whose producers lies in it */
    public PageResponse<CollectionRoundView> inJurisdiction(String jurisdiction, int page, int size) {
        String prefix = regionPrefix(jurisdiction) + "%";
        String where = "where collector_region like ? or exists (select 1 from collection_round_stop_view s "
                + "where s.round_id = r.id and s.producer_region like ?)";
        return page(where, page, size, prefix, prefix);
    }

    private PageResponse<CollectionRoundView> page(String where, int page, int size, Object... args) {
        Object[] paged = java.util.Arrays.copyOf(args, args.length + 2);
        paged[args.length] = size;
        paged[args.length + 1] = (long) page * size;
        List<CollectionRoundView> items = jdbc.query(COLUMNS + where + ORDER, mapper(List.of()), paged);
        Long total = jdbc.queryForObject("select count(*) from collection_round_view r " + where, Long.class, args);
        return new PageResponse<>(items, page, size, total == null ? 0 : total);
    }

    private static RowMapper<CollectionRoundView> mapper(List<CollectionRoundView.Stop> stops) {
        return (rs, row) -> new CollectionRoundView(rs.getObject("id", UUID.class),
                new CollectionRoundView.Party(rs.getObject("collector_id", UUID.class),
                        rs.getString("collector_name"), rs.getString("collector_region")),
                rs.getObject("carrier_id", UUID.class), rs.getString("vehicle_plate"),
                rs.getObject("planned_day", java.time.LocalDate.class),
                CollectionRoundStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("completed_at")), stops, rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String regionPrefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
