package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.SealedHead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register of seals and of every stream's last sealed head (V57): an index over the seal events, so that the
 * next seal names only the heads that changed and a check of one stream need not read every seal.
 */
@Component
class SealRegister {

    /** A seal as registered. */
    record Entry(String sealId, long number, String previousSealId, String root, String merkleRoot, int headCount,
                 long sealedUpTo, long globalIndex, Instant sealedAt) {

        SealView view(String previousRoot) {
            return new SealView(sealId, globalIndex, root, previousSealId, previousRoot, merkleRoot, headCount,
                    sealedUpTo, sealedAt);
        }
    }

    private static final String COLUMNS = "seal_id, seal_number, previous_seal_id, root, merkle_root, head_count, "
            + "sealed_up_to, global_index, sealed_at";
    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getLong(7), rs.getLong(8),
            rs.getTimestamp(9).toInstant());
    private static final RowMapper<SealedHead> HEAD = (rs, i) -> new SealedHead(rs.getString(1), rs.getLong(2),
            rs.getString(3));

    private final JdbcTemplate jdbc;

    SealRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other node is sealing; held until the caller's transaction ends. */
    void lock() {
        jdbc.queryForObject("select id from integrity_seal_lock where id = 1 for update", Integer.class);
    }

    Optional<Entry> latest() {
        return jdbc.query("select " + COLUMNS + " from integrity_seal order by seal_number desc limit 1", ENTRY)
                .stream().findFirst();
    }

    Optional<Entry> find(String sealId) {
        return jdbc.query("select " + COLUMNS + " from integrity_seal where seal_id = ?", ENTRY, sealId).stream()
                .findFirst();
    }

    /** Newest first. */
    List<Entry> page(int page, int size) {
        return jdbc.query("select " + COLUMNS + " from integrity_seal order by seal_number desc limit ? offset ?",
                ENTRY, size, (long) page * size);
    }

    long count() {
        return jdbc.queryForObject("select count(*) from integrity_seal", Long.class);
    }

    /** Every registered seal, oldest first. */
    List<Entry> all() {
        return jdbc.query("select " + COLUMNS + " from integrity_seal order by seal_number", ENTRY);
    }

    void add(Entry entry, List<SealedHead> heads) {
        jdbc.update("insert into integrity_seal (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.sealId(), entry.number(), entry.previousSealId(), entry.root(), entry.merkleRoot(),
                entry.headCount(), entry.sealedUpTo(), entry.globalIndex(), Timestamp.from(entry.sealedAt()));
        jdbc.batchUpdate("delete from integrity_sealed_head where stream_id = ?",
                heads.stream().map(head -> new Object[]{head.streamId()}).toList());
        jdbc.batchUpdate("insert into integrity_sealed_head (stream_id, sequence_number, hash, seal_id) "
                + "values (?, ?, ?, ?)", heads.stream().map(head -> new Object[]{head.streamId(), head.sequence(),
                head.hash(), entry.sealId()}).toList());
    }

    Optional<SealedHead> head(String streamId) {
        return jdbc.query("select stream_id, sequence_number, hash from integrity_sealed_head where stream_id = ?",
                HEAD, streamId).stream().findFirst();
    }

    /** Every stream's last sealed head, in {@link StoredEvents#STREAM_ORDER}. */
    List<SealedHead> heads() {
        return jdbc.query("select stream_id, sequence_number, hash from integrity_sealed_head", HEAD).stream()
                .sorted(Comparator.comparing(SealedHead::streamId, StoredEvents.STREAM_ORDER)).toList();
    }

    Map<String, SealedHead> headsByStream() {
        Map<String, SealedHead> heads = new HashMap<>();
        heads().forEach(head -> heads.put(head.streamId(), head));
        return heads;
    }
}
