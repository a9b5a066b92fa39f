package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.persistence.InClause;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Whether a manifest has a row in one table, asked once per processing batch for every manifest the batch's events
 * name ({@code named}): most manifests have none, and then the handler asking makes no lookup of its own. Rows the
 * batch adds itself are counted as it adds them ({@link #added}).
 */
final class ManifestRowsInBatch {

    private final JdbcTemplate jdbc;
    private final String memo;
    private final String table;
    private final Supplier<Collection<UUID>> named;

    ManifestRowsInBatch(JdbcTemplate jdbc, String table, Supplier<Collection<UUID>> named) {
        this.jdbc = jdbc;
        this.memo = "manifest-rows-in-" + table;
        this.table = table;
        this.named = named;
    }

    boolean has(UUID manifestId) {
        return ProcessingBatch.lookUpOnce(memo, manifestId, named, Boolean.FALSE, (wanted, known) ->
                InClause.chunks(wanted).forEach(chunk -> jdbc.query("select distinct manifest_id from " + table
                        + " where manifest_id " + chunk.in(), rs -> {
                    known.put(rs.getObject(1, UUID.class), Boolean.TRUE);
                }, chunk.values())));
    }

    void added(UUID manifestId) {
        ProcessingBatch.<UUID, Boolean>memo(memo).put(manifestId, Boolean.TRUE);
    }
}
