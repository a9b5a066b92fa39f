package cn.haztrail.shared.axon.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Where a stream ends in the store, for an aggregate kept in memory since an earlier transaction
 * ({@code shared.axon.AggregateCache}): one indexed read of the stream's last event instead of reading and applying
 * the stream. The read also tells the event an append will chain to ({@link LoadedStreamEnds}), as a load would.
 */
@Component
public class StreamHeads {

    private static final String LAST_EVENT = """
            select sequence_number, meta_data from domain_event_entry
            where aggregate_identifier = ? order by sequence_number desc limit 1""";

    private record Head(long sequenceNumber, byte[] metaData) {
    }

    private final JdbcTemplate jdbc;

    StreamHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True if the stream's last stored event is still the one at {@code sequenceNumber}: nothing was appended since,
     * by this node, another one, an import or a hand, and nothing was taken away. Asked in the transaction that goes
     * on to use the aggregate.
     */
    public boolean endsAt(String aggregateIdentifier, long sequenceNumber) {
        List<Head> heads = jdbc.query(LAST_EVENT, (row, n) -> new Head(row.getLong(1), row.getBytes(2)),
                aggregateIdentifier);
        if (heads.isEmpty() || heads.get(0).sequenceNumber() != sequenceNumber) {
            return false;
        }
        LoadedStreamEnds.read(aggregateIdentifier, sequenceNumber, heads.get(0).metaData());
        return true;
    }
}
