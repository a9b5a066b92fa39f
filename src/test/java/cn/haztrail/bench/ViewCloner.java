package cn.haztrail.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies the parties' own views of the copied streams (kept inside command transactions, so never rebuilt by a
 * replay) with the same fresh ids as the events, so that the projections' lookups find a copied manifest or batch
 * and do the same work as for an original. Label ids and manifest numbers get unique stand-ins.
 */
final class ViewCloner {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Map<String, String> TABLES = Map.of("batch_view", "id", "batch_party", "batch_id",
            "manifest_view", "id", "manifest_line_view", "manifest_id", "party_manifest", "manifest_id");

    private final JdbcTemplate jdbc;
    private final List<Table> tables = new ArrayList<>();
    private final AtomicLong numbers = new AtomicLong(99_000_000_000_000L - 100_000_000_000L);

    private final Set<String> streams;

    ViewCloner(JdbcTemplate jdbc, Set<String> streams) {
        this.jdbc = jdbc;
        this.streams = streams;
        TABLES.forEach((table, key) -> tables.add(load(table, key, streams)));
    }

    /** Queues the rows of one copy, named by {@code fresh}; {@link #flush()} writes them. */
    void copy(Map<String, String> fresh) {
        for (Table table : tables) {
            for (Object[] template : table.rows) {
                Object[] row = new Object[template.length];
                for (int c = 0; c < row.length; c++) {
                    row[c] = copied(table.columns.get(c), template[c], fresh);
                }
                table.pending.add(row);
            }
        }
    }

    void flush() {
        for (Table table : tables) {
            if (!table.pending.isEmpty()) {
                jdbc.batchUpdate("insert into " + table.name + " (" + String.join(", ", table.columns) + ") values ("
                        + String.join(", ", Collections.nCopies(table.columns.size(), "?")) + ")", table.pending);
                table.pending.clear();
            }
        }
    }

    private Object copied(String column, Object value, Map<String, String> fresh) {
        if (value == null) {
            return null;
        }
        if (column.equals("label_id")) {
            String label = (String) value;
            return label.substring(0, label.length() - 12) + relabel(label, fresh);
        }
        if (column.equals("number")) {
            return fresh.computeIfAbsent("number:" + value, n -> Long.toString(numbers.incrementAndGet()));
        }
        if (value instanceof UUID id) {
            return streams.contains(id.toString()) ? UUID.fromString(fresh(id.toString(), fresh)) : id;
        }
        if (value instanceof String text) {
            Matcher matcher = ID.matcher(text);
            return matcher.find() ? matcher.replaceAll(m -> streams.contains(m.group()) ? fresh(m.group(), fresh)
                    : m.group()) : text;
        }
        return value;
    }

    /** The copy's id for a stream (also for a stream whose events the last, partial copy left out). */
    private static String fresh(String id, Map<String, String> fresh) {
        return fresh.computeIfAbsent(id, i -> UUID.randomUUID().toString());
    }

    /** The same label in every table of one copy: 12 hex digits of a fresh id, remembered under the label. */
    private static String relabel(String label, Map<String, String> fresh) {
        return fresh.computeIfAbsent("label:" + label, l -> UUID.randomUUID().toString().replace("-", "")
                .substring(0, 12));
    }

    private Table load(String name, String key, Set<String> streams) {
        Table table = new Table(name);
        jdbc.query("select * from " + name, rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            if (table.columns.isEmpty()) {
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    table.columns.add(meta.getColumnName(c).toLowerCase());
                }
            }
            if (streams.contains(String.valueOf(rs.getObject(key)))) {
                Object[] row = new Object[meta.getColumnCount()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                table.rows.add(row);
            }
        });
        return table;
    }

    private static final class Table {
        final String name;
        final List<String> columns = new ArrayList<>();
        final List<Object[]> rows = new ArrayList<>();
        final List<Object[]> pending = new ArrayList<>();

        Table(String name) {
            this.name = name;
        }
    }
}
