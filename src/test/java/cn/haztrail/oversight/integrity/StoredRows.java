package cn.haztrail.oversight.integrity;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * Tampers with the event table the way someone with database access would, and puts a stream back exactly as it was
 * afterwards, so that the shared test context keeps a sound store for the other tests.
 */
final class StoredRows {

    private static final List<String> COLUMNS = List.of("global_index", "sequence_number", "meta_data", "payload",
            "aggregate_identifier", "event_identifier", "payload_revision", "payload_type", "time_stamp", "type");

    private final JdbcTemplate jdbc;

    StoredRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> snapshot(String streamId) {
        return jdbc.queryForList("select " + String.join(", ", COLUMNS) + " from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", streamId);
    }

    void restore(String streamId, List<Map<String, Object>> rows) {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", streamId);
        String insert = "insert into domain_event_entry (" + String.join(", ", COLUMNS) + ") values ("
                + String.join(", ", COLUMNS.stream().map(column -> "?").toList()) + ")";
        for (Map<String, Object> row : rows) {
            jdbc.update(insert, COLUMNS.stream().map(row::get).toArray());
        }
    }

    byte[] payload(String streamId, long sequence) {
        return jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? and "
                + "sequence_number = ?", byte[].class, streamId, sequence);
    }

    byte[] metaData(String streamId, long sequence) {
        return jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ? and "
                + "sequence_number = ?", byte[].class, streamId, sequence);
    }

    long globalIndex(String streamId, long sequence) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? and "
                + "sequence_number = ?", Long.class, streamId, sequence);
    }

    void overwrite(String streamId, long sequence, byte[] payload, byte[] metaData) {
        jdbc.update("update domain_event_entry set payload = ?, meta_data = ? where aggregate_identifier = ? and "
                + "sequence_number = ?", payload, metaData, streamId, sequence);
    }

    void delete(String streamId, long fromSequence) {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number >= ?",
                streamId, fromSequence);
    }

    void deleteOne(String streamId, long sequence) {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                streamId, sequence);
    }
}
