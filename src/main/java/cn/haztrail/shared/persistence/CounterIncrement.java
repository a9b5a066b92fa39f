package cn.haztrail.shared.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Moves a counter row on by one and reads its new value in one statement, where an update and a select took two:
 * {@code update ... returning} on PostgreSQL, H2's data change delta table ({@code select ... from final table
 * (update ...)}) on H2. The update locks the row to the end of the transaction, as before.
 */
@Component
public class CounterIncrement {

    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    public CounterIncrement(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /**
     * The counter's value after {@code update table set column = column + 1 where condition}; empty when no row
     * matches (the caller creates it). Table, column and condition are the caller's constants, never input.
     */
    public Optional<Integer> increment(String table, String column, String condition, Object... arguments) {
        String update = "update " + table + " set " + column + " = " + column + " + 1 where " + condition;
        String sql = database.isPostgres() ? update + " returning " + column
                : "select " + column + " from final table (" + update + ")";
        List<Integer> values = jdbc.queryForList(sql, Integer.class, arguments);
        return values.stream().findFirst();
    }
}
