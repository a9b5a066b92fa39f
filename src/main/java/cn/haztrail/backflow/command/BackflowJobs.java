package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.RecordRefused;
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

/** Backflow jobs, their files and refused records: operational data in plain tables, not events. */
@Repository
public class BackflowJobs {

    /** Separates a refusal's message arguments in one column. */
    private static final String SEPARATOR = "\u001f";

    private final JdbcTemplate jdbc;

    BackflowJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, String fileName, String format, String sourceSystem, byte[] content, String accountId,
               String role, int total, UUID node, Instant now) {
        jdbc.update("""
                insert into backflow_job (id, state, file_name, file_format, source_system, content, account_id,
                    account_role, total, next_line, processed, imported, unchanged, corrected, refused, events,
                    node_id, heartbeat_at, started_at)
                values (?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?, 1, 0, 0, 0, 0, 0, 0, ?, ?, ?)""",
                id, fileName, format, sourceSystem, content, accountId, role, total, node, Timestamp.from(now),
                Timestamp.from(now));
    }

    /** The regulator's jurisdiction the job imports for: records of other regions are refused (R21). */
    void keepJurisdiction(UUID id, String jurisdiction) {
        jdbc.update("update backflow_job set jurisdiction = ? where id = ?", jurisdiction, id);
    }

    String jurisdiction(UUID id) {
        return jdbc.queryForObject("select jurisdiction from backflow_job where id = ?", String.class, id);
    }

    /** Called inside the chunk's transaction: the progress commits with the chunk's events, or not at all. */
    void chunkDone(UUID id, int nextLine, ChunkCounts counts, UUID node, Instant now) {
        jdbc.update("""
                update backflow_job set next_line = ?, processed = processed + ?, imported = imported + ?,
                    unchanged = unchanged + ?, corrected = corrected + ?, refused = refused + ?, events = events + ?,
                    node_id = ?, heartbeat_at = ? where id = ?""", nextLine, counts.processed(), counts.imported,
                counts.unchanged, counts.corrected, counts.refusals.size(), counts.events, node, Timestamp.from(now),
                id);
        jdbc.batchUpdate("""
                insert into backflow_refusal (job_id, line_number, field_name, rule, message_code, arguments)
                values (?, ?, ?, ?, ?, ?)""", counts.refusals.stream().map(refusal -> {
            RecordRefused refused = refusal.refused();
            return new Object[]{id, refusal.line(), refused.field() == null ? null : refused.field().header(),
                    refused.rule(), refused.text().code(), String.join(SEPARATOR, refused.text().plainArguments())};
        }).toList());
    }

    void finished(UUID id, Instant now) {
        jdbc.update("update backflow_job set state = 'COMPLETED', finished_at = ?, heartbeat_at = ? where id = ?",
                Timestamp.from(now), Timestamp.from(now), id);
    }

    /** Running jobs nobody has advanced since {@code before}: their node stopped, so this one resumes them. */
    List<UUID> stalled(Instant before) {
        return jdbc.queryForList("select id from backflow_job where state = 'RUNNING' and heartbeat_at < ?",
                UUID.class, Timestamp.from(before));
    }

    /** Takes a stalled job over; false if another node took it first. */
    boolean claim(UUID id, UUID node, Instant before, Instant now) {
        return jdbc.update("""
                update backflow_job set node_id = ?, heartbeat_at = ?
                where id = ? and state = 'RUNNING' and heartbeat_at < ?""",
                node, Timestamp.from(now), id, Timestamp.from(before)) == 1;
    }

    /**
     * Deletes the uploaded files of the jobs that completed before {@code before}; their record, counts and refused
     * lines stay. A running job keeps its file, since a resumed job reads it. Answers how many files went.
     */
    int deleteUploadsEndedBefore(Instant before, Instant now) {
        return jdbc.update("""
                update backflow_job set content = null, upload_deleted_at = ?
                where state = 'COMPLETED' and finished_at < ? and upload_deleted_at is null""",
                Timestamp.from(now), Timestamp.from(before));
    }

    byte[] content(UUID id) {
        return jdbc.queryForObject("select content from backflow_job where id = ?", byte[].class, id);
    }

    public Optional<BackflowJob> find(UUID id) {
        return jdbc.query("""
                select id, state, file_name, file_format, source_system, account_id, account_role, total, next_line,
                    processed, imported, unchanged, corrected, refused, events, started_at, heartbeat_at, finished_at,
                    upload_deleted_at
                from backflow_job where id = ?""", BackflowJobs::job, id).stream().findFirst();
    }

    public List<RefusedRecord> refusals(UUID id) {
        return jdbc.query("""
                select line_number, field_name, rule, message_code, arguments from backflow_refusal
                where job_id = ? order by line_number""", (rs, n) -> new RefusedRecord(rs.getInt("line_number"),
                rs.getString("field_name"), rs.getString("rule"), Translatable.recorded(rs.getString("message_code"),
                arguments(rs.getString("arguments")), null)), id);
    }

    private static List<String> arguments(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }

    private static BackflowJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        Timestamp uploadDeleted = rs.getTimestamp("upload_deleted_at");
        return new BackflowJob(rs.getObject("id", UUID.class), JobState.valueOf(rs.getString("state")),
                rs.getString("file_name"), rs.getString("file_format"), rs.getString("source_system"),
                rs.getString("account_id"), rs.getString("account_role"), rs.getInt("total"),
                rs.getInt("next_line"), rs.getInt("processed"), rs.getInt("imported"), rs.getInt("unchanged"),
                rs.getInt("corrected"), rs.getInt("refused"), rs.getLong("events"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("heartbeat_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                uploadDeleted == null ? null : uploadDeleted.toInstant());
    }

    /** A refused record: its line, the field at fault (null if none), the rule and the reason. */
    public record RefusedRecord(int line, String field, String rule, Translatable text) {
    }
}
