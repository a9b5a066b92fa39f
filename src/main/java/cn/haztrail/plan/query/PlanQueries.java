package cn.haztrail.plan.query;

import cn.haztrail.plan.api.PlanStatus;
import cn.haztrail.shared.web.PageResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers the plan endpoints from the read model; who may see which plan is the controller's call. */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private static final String PLAN_COLUMNS = """
            plan_id, producer_id, producer_name, producer_region, plan_year, version, status, contents,
            recorded_version, filing_number, updated_at, stream_version""";

    private final JdbcTemplate jdbc;

    PlanQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanView> find(UUID id) {
        return jdbc.query("select " + PLAN_COLUMNS + " from plan_view where plan_id = ?", this::plan, id)
                .stream().findFirst();
    }

    /** The producer's own plans, newest year first. */
    public PageResponse<PlanView> forProducer(UUID producerId, Integer year, int page, int size) {
        return plans("producer_id = ?", producerId, year, page, size);
    }

    /** Plans of producers in the jurisdiction (a 6-digit division code), newest year first. */
    public PageResponse<PlanView> inJurisdiction(String jurisdiction, Integer year, int page, int size) {
        return plans("producer_region like ?", regionPrefix(jurisdiction) + "%", year, page, size);
    }

    /** Every plan, for administrators. */
    public PageResponse<PlanView> all(Integer year, int page, int size) {
        return plans("producer_region like ?", "%", year, page, size);
    }

    /**
     * Producers of the jurisdiction that should have a plan for the year, registered producers and enterprises that
     * registered waste generated in it, and have none recorded; by region, then name.
     */
    public PageResponse<MissingPlanView> missing(String jurisdiction, int year, int page, int size) {
        String from = """
                from plan_producer p
                left join plan_generation g on g.producer_id = p.enterprise_id and g.plan_year = ?
                left join plan_view v on v.producer_id = p.enterprise_id and v.plan_year = ?
                where p.region_code like ? and (p.producer or g.producer_id is not null)
                  and (v.plan_id is null or v.recorded_version is null)""";
        String prefix = regionPrefix(jurisdiction) + "%";
        Long total = jdbc.queryForObject("select count(*) " + from, Long.class, year, year, prefix);
        List<MissingPlanView> items = jdbc.query("""
                select p.enterprise_id, p.name, p.region_code, g.producer_id is not null as generated, v.status
                """ + from + " order by p.region_code, p.name, p.enterprise_id limit ? offset ?",
                (rs, row) -> new MissingPlanView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5) == null ? null : PlanStatus.valueOf(rs.getString(5))),
                year, year, prefix, size, (long) page * size);
        return new PageResponse<>(items, page, size, total == null ? 0 : total);
    }

    private PageResponse<PlanView> plans(String filter, Object value, Integer year, int page, int size) {
        String where = " where " + filter + (year == null ? "" : " and plan_year = ?");
        Object[] args = year == null ? new Object[]{value} : new Object[]{value, year};
        Long total = jdbc.queryForObject("select count(*) from plan_view" + where, Long.class, args);
        Object[] paged = year == null ? new Object[]{value, size, (long) page * size}
                : new Object[]{value, year, size, (long) page * size};
        List<PlanView> items = jdbc.query("select " + PLAN_COLUMNS + " from plan_view" + where
                + " order by plan_year desc, producer_region, plan_id limit ? offset ?", this::plan, paged);
        return new PageResponse<>(items, page, size, total == null ? 0 : total);
    }

    private PlanView plan(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("plan_id", UUID.class);
        int recorded = rs.getInt("recorded_version");
        Integer recordedVersion = rs.wasNull() ? null : recorded;
        return new PlanView(id, new PlanView.Producer(rs.getObject("producer_id", UUID.class),
                rs.getString("producer_name"), rs.getString("producer_region")), rs.getInt("plan_year"),
                rs.getInt("version"), PlanStatus.valueOf(rs.getString("status")),
                PlanContentsJson.read(rs.getString("contents")), recordedVersion, rs.getString("filing_number"),
                versions(id), rs.getTimestamp("updated_at").toInstant(), rs.getLong("stream_version"));
    }

    private List<PlanView.Version> versions(UUID planId) {
        return jdbc.query("""
                select version, filed_at, outcome, filing_number, reasons, answered_at from plan_version_view
                where plan_id = ? order by version""", (rs, row) -> new PlanView.Version(rs.getInt(1),
                rs.getTimestamp(2).toInstant(), rs.getString(3) == null ? null : PlanStatus.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()),
                planId);
    }

    /** A province lists its cities' and counties' producers, a city its counties', a county its own. */
    static String regionPrefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
