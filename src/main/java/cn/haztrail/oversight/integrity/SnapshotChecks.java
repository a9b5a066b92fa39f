package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.axon.integrity.ChainedEvent;
import cn.haztrail.shared.axon.integrity.SnapshotProofs;
import cn.haztrail.shared.axon.integrity.SnapshotVerdict;
import cn.haztrail.shared.axon.integrity.StoredMetaData;
import cn.haztrail.shared.axon.integrity.StoredSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Snapshots against the hash chain (R23): every stored snapshot must carry the proof HazTrail made after the event it
 * names, and every snapshot the event store refused to load stays reported, even after a new snapshot replaced it
 * (table {@code discarded_snapshot}). Both are SNAPSHOT_MISMATCH. A snapshot proven with another key (an earlier
 * start without a configured key) is no failure: the event store does not use it either.
 */
@Component
class SnapshotChecks {

    private static final String SNAPSHOTS = "select s.aggregate_identifier, s.sequence_number, s.type, "
            + "s.event_identifier, s.payload_type, s.payload_revision, s.payload, s.meta_data, "
            + "e.meta_data as event_meta_data from snapshot_event_entry s left join domain_event_entry e "
            + "on e.aggregate_identifier = s.aggregate_identifier and e.sequence_number = s.sequence_number";
    private static final String DISCARDED = "select aggregate_identifier, sequence_number, event_identifier, "
            + "discarded_at, detail from discarded_snapshot";

    private final JdbcTemplate jdbc;
    private final SnapshotProofs proofs;

    SnapshotChecks(JdbcTemplate jdbc, SnapshotProofs proofs) {
        this.jdbc = jdbc;
        this.proofs = proofs;
    }

    /** The stream's snapshot failure with the lowest sequence number, if any. */
    Optional<IntegrityFailure> verify(String streamId) {
        List<IntegrityFailure> failures = new ArrayList<>();
        failures.addAll(jdbc.query(DISCARDED + " where aggregate_identifier = ?", this::discarded, streamId));
        jdbc.query(SNAPSHOTS + " where s.aggregate_identifier = ?", rs -> {
            stored(rs).ifPresent(failures::add);
        }, streamId);
        return failures.stream().min(Comparator.comparingLong(IntegrityFailure::sequence));
    }

    /** The given streams' snapshot failures, each stream's with the lowest sequence number, in two queries. */
    Map<String, IntegrityFailure> verify(Collection<String> streamIds) {
        Map<String, IntegrityFailure> first = new HashMap<>();
        if (streamIds.isEmpty()) {
            return first;
        }
        String in = " in (" + String.join(", ", Collections.nCopies(streamIds.size(), "?")) + ")";
        List<IntegrityFailure> failures = new ArrayList<>(jdbc.query(DISCARDED + " where aggregate_identifier" + in,
                this::discarded, streamIds.toArray()));
        jdbc.query(SNAPSHOTS + " where s.aggregate_identifier" + in, rs -> {
            stored(rs).ifPresent(failures::add);
        }, streamIds.toArray());
        failures.forEach(failure -> first.merge(failure.streamId(), failure,
                (a, b) -> a.sequence() <= b.sequence() ? a : b));
        return first;
    }

    /** Every snapshot failure of the store. */
    List<IntegrityFailure> all() {
        List<IntegrityFailure> failures = new ArrayList<>(jdbc.query(DISCARDED, this::discarded));
        jdbc.query(SNAPSHOTS, rs -> {
            stored(rs).ifPresent(failures::add);
        });
        return failures;
    }

    private Optional<IntegrityFailure> stored(ResultSet rs) throws SQLException {
        StoredSnapshot snapshot = new StoredSnapshot(rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"), rs.getString("type"), rs.getString("event_identifier"),
                rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                rs.getBytes("meta_data"));
        String eventHash = StoredMetaData.read(rs.getBytes("event_meta_data")).get(ChainedEvent.HASH);
        SnapshotVerdict verdict = proofs.verify(snapshot, eventHash);
        if (!verdict.mismatch()) {
            return Optional.empty();
        }
        return Optional.of(IntegrityFailure.missing(snapshot.aggregateIdentifier(), snapshot.sequenceNumber(),
                FailureReason.SNAPSHOT_MISMATCH, "the stored snapshot " + snapshot.eventIdentifier()
                        + " taken after this event does not match the chain: " + verdict.detail()));
    }

    private IntegrityFailure discarded(ResultSet rs, int row) throws SQLException {
        return IntegrityFailure.missing(rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                FailureReason.SNAPSHOT_MISMATCH, "the snapshot " + rs.getString("event_identifier") + " taken after "
                        + "this event was not used when the aggregate was loaded at "
                        + rs.getObject("discarded_at", OffsetDateTime.class).toInstant() + ": "
                        + rs.getString("detail"));
    }
}
