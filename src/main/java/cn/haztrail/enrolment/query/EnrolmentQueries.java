package cn.haztrail.enrolment.query;

import cn.haztrail.enrolment.api.EnrolmentState;
import cn.haztrail.shared.web.PageResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers the application endpoints from the read model; who may see which application is the controller's call. */
@Service
public class EnrolmentQueries {

    private static final String COLUMNS = "id, credit_code, name, region_code, roles, state, submitted_at, "
            + "decided_at, reason, enterprise_id, version";
    private static final RowMapper<ApplicationView> VIEW = (rs, row) -> new ApplicationView(
            rs.getObject("id", UUID.class), rs.getString("credit_code"), rs.getString("name"),
            rs.getString("region_code"), Arrays.asList(rs.getString("roles").split(",")),
            EnrolmentState.valueOf(rs.getString("state")), rs.getTimestamp("submitted_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("decided_at")).map(Timestamp::toInstant).orElse(null),
            rs.getString("reason"), rs.getObject("enterprise_id", UUID.class), null, rs.getLong("version"));

    private final JdbcTemplate jdbc;

    EnrolmentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ApplicationView> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from enrolment_application_view where id = ?", VIEW, id).stream()
                .findFirst();
    }

    /**
     * Oldest first, the order they wait in.
     *
     * @param region a 6-digit division code (a province lists the province, a city the city), or null for all
     * @param state  null for every state
     */
    public PageResponse<ApplicationView> list(String region, EnrolmentState state, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (region != null) {
            where.append(" and region_code like ?");
            args.add(regionPrefix(region) + "%");
        }
        if (state != null) {
            where.append(" and state = ?");
            args.add(state.name());
        }
        long total = jdbc.queryForObject("select count(*) from enrolment_application_view" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<ApplicationView> items = jdbc.query("select " + COLUMNS + " from enrolment_application_view" + where
                + " order by submitted_at, id limit ? offset ?", VIEW, pageArgs.toArray());
        return new PageResponse<>(items, page, size, total);
    }

    private static String regionPrefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
