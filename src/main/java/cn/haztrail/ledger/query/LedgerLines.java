package cn.haztrail.ledger.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads ledger lines: a page for the screens, or every line one after the other from a database cursor for the
 * exports, so that a year of a large facility never sits in memory. Oldest first, by day then key: a stable order.
 */
@Repository
public class LedgerLines {

    /** Rows the driver fetches at a time while streaming (PostgreSQL needs it, and a transaction, to use a cursor). */
    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;

    LedgerLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LedgerLine> page(LedgerFilter filter, int page, int size) {
        Where where = where(filter);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(size);
        arguments.add((long) page * size);
        return jdbc.query("select * from ledger_line" + where.sql() + " order by occurred_on, occurred_at, line_key "
                + "limit ? offset ?", LedgerLines::line, arguments.toArray());
    }

    public long count(LedgerFilter filter) {
        Where where = where(filter);
        return jdbc.queryForObject("select count(*) from ledger_line" + where.sql(), Long.class,
                where.arguments().toArray());
    }

    /** Hands every line to the consumer in order; run it inside a read-only transaction. */
    public void forEach(LedgerFilter filter, Consumer<LedgerLine> consumer) {
        Where where = where(filter);
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        streaming.query("select * from ledger_line" + where.sql() + " order by occurred_on, occurred_at, line_key",
                (RowCallbackHandler) rs -> consumer.accept(line(rs, 0)), where.arguments().toArray());
    }

    private static Where where(LedgerFilter filter) {
        StringBuilder sql = new StringBuilder(" where enterprise_id = ?");
        List<Object> arguments = new ArrayList<>(List.of(filter.enterpriseId()));
        if (filter.register() != null) {
            List<Movement> movements = filter.register().movements();
            sql.append(" and movement in (").append(String.join(", ", java.util.Collections.nCopies(movements.size(),
                    "?"))).append(")");
            movements.forEach(movement -> arguments.add(movement.name()));
        }
        if (filter.from() != null) {
            sql.append(" and occurred_on >= ?");
            arguments.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_on <= ?");
            arguments.add(Date.valueOf(filter.to()));
        }
        if (filter.wasteCode() != null) {
            sql.append(" and waste_code = ?");
            arguments.add(filter.wasteCode());
        }
        if (filter.counterpartyId() != null) {
            sql.append(" and counterparty_id = ?");
            arguments.add(filter.counterpartyId());
        }
        return new Where(sql.toString(), arguments);
    }

    static LedgerLine line(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at");
        return new LedgerLine(rs.getString("line_key"), rs.getObject("enterprise_id", UUID.class),
                Movement.valueOf(rs.getString("movement")), rs.getObject("batch_id", UUID.class),
                rs.getString("label_id"), rs.getObject("manifest_id", UUID.class), rs.getString("manifest_number"),
                rs.getString("waste_code"), rs.getBigDecimal("quantity_value"), rs.getString("quantity_unit"),
                rs.getBigDecimal("tonnes"), rs.getString("packaging_type"), (Integer) rs.getObject("containers"),
                rs.getString("storage_location"), rs.getString("method_code"),
                rs.getObject("counterparty_id", UUID.class), at.toInstant(), rs.getDate("occurred_on").toLocalDate(),
                rs.getString("responsible_ref"), rs.getString("note"));
    }

    private record Where(String sql, List<Object> arguments) {
    }
}
