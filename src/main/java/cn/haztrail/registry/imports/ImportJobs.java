package cn.haztrail.registry.imports;

import cn.haztrail.shared.i18n.Translatable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs and their refused rows: operational data in plain tables, not events. Each row's outcome is counted
 * in its own short statement after the row's transaction, so the counts show progress while the job runs.
 */
@Repository
class ImportJobs {

    /** Separates a refusal's message arguments in one column: a character no cell of a file can hold. */
    private static final String SEPARATOR = "\u001f";

    private final JdbcTemplate jdbc;

    ImportJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, String fileName, int total, UUID node, Instant now) {
        jdbc.update("""
                insert into enterprise_import_job (id, state, file_name, total, processed, created, updated,
                    unchanged, refused, node_id, heartbeat_at, started_at)
                values (?, 'RUNNING', ?, ?, 0, 0, 0, 0, 0, ?, ?, ?)""",
                id, fileName, total, node, Timestamp.from(now), Timestamp.from(now));
    }

    void counted(UUID id, RowOutcome outcome, Instant now) {
        String counter = switch (outcome) {
            case CREATED -> "created";
            case UPDATED -> "updated";
            case UNCHANGED -> "unchanged";
        };
        jdbc.update("update enterprise_import_job set processed = processed + 1, " + counter + " = " + counter
                + " + 1, heartbeat_at = ? where id = ?", Timestamp.from(now), id);
    }

    void refused(UUID id, int row, RowRefused refusal, Instant now) {
        Translatable text = refusal.text();
        jdbc.update("""
                insert into enterprise_import_refusal (job_id, file_row, column_name, rule, message_code, arguments)
                values (?, ?, ?, ?, ?, ?)""", id, row, refusal.column() == null ? null : refusal.column().header(),
                refusal.rule(), text.code(), String.join(SEPARATOR, text.plainArguments()));
        jdbc.update("update enterprise_import_job set processed = processed + 1, refused = refused + 1, "
                + "heartbeat_at = ? where id = ?", Timestamp.from(now), id);
    }

    void finished(UUID id, Instant now) {
        jdbc.update("update enterprise_import_job set state = 'COMPLETED', finished_at = ? where id = ?",
                Timestamp.from(now), id);
    }

    void interrupted(UUID id, Instant now) {
        jdbc.update("update enterprise_import_job set state = 'INTERRUPTED', finished_at = ? where id = ?",
                Timestamp.from(now), id);
    }

    void forget(UUID id) {
        jdbc.update("delete from enterprise_import_job where id = ?", id);
    }

    /** Running jobs of other nodes that have recorded no row since {@code before}: their node stopped or died. */
    int interruptSilent(UUID thisNode, Instant before, Instant now) {
        return jdbc.update("""
                update enterprise_import_job set state = 'INTERRUPTED', finished_at = ?
                where state = 'RUNNING' and node_id <> ? and heartbeat_at < ?""",
                Timestamp.from(now), thisNode, Timestamp.from(before));
    }

    Optional<ImportJobRecord> find(UUID id) {
        return jdbc.query("select * from enterprise_import_job where id = ?", ImportJobs::job, id).stream()
                .findFirst();
    }

    List<RefusalRecord> refusals(UUID id) {
        return jdbc.query("""
                select file_row, column_name, rule, message_code, arguments from enterprise_import_refusal
                where job_id = ? order by file_row""", (rs, n) -> new RefusalRecord(rs.getInt("file_row"),
                rs.getString("column_name"), rs.getString("rule"), Translatable.recorded(rs.getString("message_code"),
                arguments(rs.getString("arguments")), null)), id);
    }

    private static List<String> arguments(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }

    private static ImportJobRecord job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJobRecord(rs.getObject("id", UUID.class), ImportState.valueOf(rs.getString("state")),
                rs.getString("file_name"), rs.getInt("total"), rs.getInt("processed"), rs.getInt("created"),
                rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("refused"),
                rs.getObject("node_id", UUID.class), rs.getTimestamp("heartbeat_at").toInstant(),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    record ImportJobRecord(UUID id, ImportState state, String fileName, int total, int processed, int created,
                           int updated, int unchanged, int refused, UUID node, Instant heartbeatAt,
                           Instant startedAt, Instant finishedAt) {
    }

    record RefusalRecord(int row, String column, String rule, Translatable text) {
    }
}
