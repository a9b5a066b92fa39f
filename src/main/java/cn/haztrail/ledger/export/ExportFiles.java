package cn.haztrail.ledger.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Finished export files, kept in the database in chunks of {@value #CHUNK_BYTES} bytes: every node can serve them,
 * and storing or reading one never holds more than a chunk in memory.
 */
@Repository
class ExportFiles {

    static final int CHUNK_BYTES = 1 << 20;

    private final JdbcTemplate jdbc;

    ExportFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies the file into the job's chunks; answers its size in bytes. Call inside the finishing transaction. */
    long store(UUID jobId, Path file) throws IOException {
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                jdbc.update("insert into ledger_export_chunk (job_id, seq, content) values (?, ?, ?)",
                        jobId, seq++, chunk);
                size += chunk.length;
            }
        }
        return size;
    }

    /** The file as a stream that reads one chunk at a time, each in a query of its own. */
    InputStream open(UUID jobId) {
        return new ChunkedInputStream(seq -> {
            List<byte[]> found = jdbc.query("select content from ledger_export_chunk where job_id = ? and seq = ?",
                    (rs, n) -> rs.getBytes(1), jobId, seq);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    void delete(UUID jobId) {
        jdbc.update("delete from ledger_export_chunk where job_id = ?", jobId);
    }
}
