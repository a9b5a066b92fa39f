package cn.haztrail.shared.alerts;

import cn.haztrail.shared.web.PageResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Opens, closes and lists administrators' alerts. An alert's id comes from its type and subject, so a check that
 * runs again, or on two nodes at once, opens it once; closing keeps the first closing time.
 */
@Component
public class AdminAlerts {

    private final JdbcTemplate jdbc;

    AdminAlerts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static UUID id(AdminAlertType type, String subject) {
        return UUID.nameUUIDFromBytes(("haztrail-admin-alert:" + type + ":" + subject)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Call outside a transaction: the insert that loses a race with another node fails on its own (PostgreSQL would
     * spoil the whole transaction).
     *
     * @return whether the alert is new; one that stands or stood before is left as it is
     */
    public boolean open(AdminAlertType type, String subject, Instant openedAt, String detail) {
        UUID id = id(type, subject);
        if (jdbc.queryForObject("select count(*) from admin_alert where id = ?", Long.class, id) > 0) {
            return false;
        }
        try {
            return jdbc.update("insert into admin_alert (id, type, subject, state, opened_at, rule_id, detail) "
                    + "values (?, ?, ?, 'OPEN', ?, ?, ?)", id, type.name(), subject, utc(openedAt), type.rule(),
                    detail) == 1;
        } catch (DuplicateKeyException openedByAnotherNode) {
            return false;
        }
    }

    /** @return whether an open alert was closed */
    public boolean close(AdminAlertType type, String subject, Instant at) {
        return jdbc.update("update admin_alert set state = 'CLOSED', closed_at = ? where id = ? and state = 'OPEN'",
                utc(at), id(type, subject)) == 1;
    }

    /**
     * Newest first.
     *
     * @param type  null for every type
     * @param state OPEN, CLOSED, or null for both
     */
    public PageResponse<AdminAlertView> list(AdminAlertType type, String state, int page, int size) {
        String where = " where (cast(? as varchar(30)) is null or type = ?) and (cast(? as varchar(10)) is null "
                + "or state = ?)";
        String typeName = type == null ? null : type.name();
        Object[] filters = {typeName, typeName, state, state};
        long total = jdbc.queryForObject("select count(*) from admin_alert" + where, Long.class, filters);
        List<Object> arguments = new ArrayList<>(Arrays.asList(filters));
        arguments.add(size);
        arguments.add((long) page * size);
        List<AdminAlertView> items = jdbc.query("select * from admin_alert" + where
                + " order by opened_at desc, id limit ? offset ?", AdminAlerts::view, arguments.toArray());
        return new PageResponse<>(items, page, size, total);
    }

    private static AdminAlertView view(ResultSet row, int number) throws SQLException {
        OffsetDateTime closed = row.getObject("closed_at", OffsetDateTime.class);
        return new AdminAlertView(row.getObject("id", UUID.class), AdminAlertType.valueOf(row.getString("type")),
                row.getString("subject"), row.getString("state"),
                row.getObject("opened_at", OffsetDateTime.class).toInstant(),
                closed == null ? null : closed.toInstant(), row.getString("rule_id"), row.getString("detail"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
