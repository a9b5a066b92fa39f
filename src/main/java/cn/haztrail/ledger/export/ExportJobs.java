package cn.haztrail.ledger.export;

import cn.haztrail.ledger.query.Register;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Export jobs: operational data in a plain table, not events. The count of lines written shows progress. */
@Repository
class ExportJobs {

    private final JdbcTemplate jdbc;

    ExportJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, UUID enterpriseId, ExportFormat format, Register register, long total, String requestedBy,
               Instant now) {
        jdbc.update("""
                insert into ledger_export_job (id, enterprise_id, format, register_kind, state, total, written,
                    requested_by, started_at)
                values (?, ?, ?, ?, 'RUNNING', ?, 0, ?, ?)""", id, enterpriseId, format.name(),
                register == null ? null : register.name(), total, requestedBy, Timestamp.from(now));
    }

    void written(UUID id, long written) {
        jdbc.update("update ledger_export_job set written = ? where id = ?", written, id);
    }

    void finished(UUID id, long written, long sizeBytes, Instant now) {
        jdbc.update("update ledger_export_job set state = 'COMPLETED', written = ?, size_bytes = ?, finished_at = ? "
                + "where id = ?", written, sizeBytes, Timestamp.from(now), id);
    }

    void failed(UUID id, Instant now) {
        jdbc.update("update ledger_export_job set state = 'FAILED', finished_at = ? where id = ?",
                Timestamp.from(now), id);
    }

    void forget(UUID id) {
        jdbc.update("delete from ledger_export_job where id = ?", id);
    }

    /** Jobs that ended (finished or failed) before {@code cutoff}. */
    List<UUID> endedBefore(Instant cutoff) {
        return jdbc.queryForList("select id from ledger_export_job where finished_at < ?", UUID.class,
                Timestamp.from(cutoff));
    }

    /** Jobs left running when this node started alone: nothing will finish them. */
    int failRunning(Instant now) {
        return jdbc.update("update ledger_export_job set state = 'FAILED', finished_at = ? where state = 'RUNNING'",
                Timestamp.from(now));
    }

    /** The job of this enterprise; another enterprise's job is not found. */
    Optional<ExportJob> find(UUID enterpriseId, UUID id) {
        return jdbc.query("select * from ledger_export_job where id = ? and enterprise_id = ?", ExportJobs::job,
                id, enterpriseId).stream().findFirst();
    }

    private static ExportJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        String register = rs.getString("register_kind");
        return new ExportJob(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                ExportFormat.valueOf(rs.getString("format")), register == null ? null : Register.valueOf(register),
                ExportState.valueOf(rs.getString("state")), rs.getLong("total"), rs.getLong("written"),
                rs.getLong("size_bytes"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    record ExportJob(UUID id, UUID enterpriseId, ExportFormat format, Register register, ExportState state,
                     long total, long written, long sizeBytes, Instant startedAt, Instant finishedAt) {
    }
}
