package cn.haztrail.report.query;

import cn.haztrail.shared.axon.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report tables as {@link ReportLedgerProjection} writes them: each change replaces the rows of one key (deletes
 * them, inserts the new ones). A processing batch's replacements are written together just before it commits, in one
 * JDBC batch per statement: the last replacement of a key wins, as it would one after the other, since every delete
 * names exactly the key its inserts carry.
 */
@Component
class ReportRows {

    private final JdbcTemplate jdbc;

    ReportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param rows what {@code insert} writes for the key; none to delete only */
    void replace(String delete, Object[] key, String insert, List<Object[]> rows) {
        ProcessingBatch.writeBeforeCommit("report-rows", new Replacement(delete, Arrays.asList(key), insert, rows),
                this::write);
    }

    private void write(List<Replacement> replacements) {
        Map<List<Object>, Replacement> last = new LinkedHashMap<>();
        for (Replacement replacement : replacements) {
            List<Object> id = new ArrayList<>(replacement.key());
            id.add(replacement.delete());
            last.put(id, replacement);
        }
        Map<String, List<Object[]>> deletes = new LinkedHashMap<>();
        Map<String, List<Object[]>> inserts = new LinkedHashMap<>();
        for (Replacement replacement : last.values()) {
            deletes.computeIfAbsent(replacement.delete(), sql -> new ArrayList<>()).add(replacement.key().toArray());
            if (!replacement.rows().isEmpty()) {
                inserts.computeIfAbsent(replacement.insert(), sql -> new ArrayList<>()).addAll(replacement.rows());
            }
        }
        deletes.forEach(jdbc::batchUpdate);
        inserts.forEach(jdbc::batchUpdate);
    }

    private record Replacement(String delete, List<Object> key, String insert, List<Object[]> rows) {
    }
}
