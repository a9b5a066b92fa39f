package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The command-side table of imported records by source (idempotency, corrections, where batches stand). */
@Repository
class ImportedRows {

    private final JdbcTemplate jdbc;

    ImportedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows of these source record ids of one system, by id (absent ones left out). */
    Map<String, ImportedRow> find(String sourceSystem, Collection<String> sourceRecordIds) {
        Map<String, ImportedRow> found = new HashMap<>();
        List<String> ids = new ArrayList<>(sourceRecordIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", slice.stream().map(id -> "?").toList());
            List<Object> args = new ArrayList<>();
            args.add(sourceSystem);
            args.addAll(slice);
            jdbc.query("select * from backflow_record where source_system = ? and source_record_id in (" + marks + ")",
                    rs -> {
                        ImportedRow row = row(rs);
                        found.put(row.sourceRecordId(), row);
                    }, args.toArray());
        }
        return found;
    }

    void insert(List<ImportedRow> rows) {
        jdbc.batchUpdate("""
                insert into backflow_record (source_system, source_record_id, record_type, aggregate_id, content_hash,
                    content, producer_id, holder_id, batch_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(row -> new Object[]{row.sourceSystem(), row.sourceRecordId(), row.type().name(),
                        row.aggregateId(), row.contentHash(), row.content(), row.producerId(), row.holderId(),
                        row.batchState() == null ? null : row.batchState().name()}).toList());
    }

    void update(List<ImportedRow> rows) {
        jdbc.batchUpdate("""
                update backflow_record set content_hash = ?, content = ?, holder_id = ?, batch_state = ?
                where source_system = ? and source_record_id = ?""",
                rows.stream().map(row -> new Object[]{row.contentHash(), row.content(), row.holderId(),
                        row.batchState() == null ? null : row.batchState().name(), row.sourceSystem(),
                        row.sourceRecordId()}).toList());
    }

    private static ImportedRow row(ResultSet rs) throws SQLException {
        String state = rs.getString("batch_state");
        return new ImportedRow(rs.getString("source_system"), rs.getString("source_record_id"),
                RecordType.valueOf(rs.getString("record_type")), rs.getObject("aggregate_id", UUID.class),
                rs.getString("content_hash"), rs.getString("content"), rs.getObject("producer_id", UUID.class),
                rs.getObject("holder_id", UUID.class), state == null ? null : ImportedRow.BatchState.valueOf(state));
    }
}
