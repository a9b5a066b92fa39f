package cn.haztrail.shared.axon.integrity;

import cn.haztrail.shared.persistence.TransactionMemory;
import org.axonframework.eventhandling.DomainEventData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last stored event of each stream the current transaction has read (the events a load read, or the event a
 * snapshot it used was taken after), so that an append right after a command loaded its aggregate chains to that
 * event's hash without reading it again (R23). Kept for the transaction only:
 * a stored event never changes, but the next transaction must see the stream's head as it then is.
 */
final class LoadedStreamEnds {

    private static final Object KEY = LoadedStreamEnds.class;

    private record End(long sequenceNumber, byte[] metaData) {
    }

    private LoadedStreamEnds() {
    }

    /** Called with each batch of a stream's events as it is read; outside a transaction nothing is kept. */
    static void read(String aggregateIdentifier, List<? extends DomainEventData<?>> batch) {
        Map<String, End> ends = ends();
        if (ends == null || batch.isEmpty()) {
            return;
        }
        DomainEventData<?> last = batch.get(batch.size() - 1);
        if (last.getMetaData().getData() instanceof byte[] metaData) {
            read(aggregateIdentifier, last.getSequenceNumber(), metaData);
        }
    }

    /** Called with one event's stored metadata as it is read: a snapshot's event, which its proof reads. */
    static void read(String aggregateIdentifier, long sequenceNumber, byte[] metaData) {
        Map<String, End> ends = ends();
        if (ends != null && metaData != null) {
            ends.put(aggregateIdentifier, new End(sequenceNumber, metaData));
        }
    }

    /** @return the stored metadata of the stream's event at {@code sequenceNumber}, if this transaction read it last */
    static byte[] metaData(String aggregateIdentifier, long sequenceNumber) {
        Map<String, End> ends = ends();
        End end = ends == null ? null : ends.get(aggregateIdentifier);
        return end != null && end.sequenceNumber() == sequenceNumber ? end.metaData() : null;
    }

    private static Map<String, End> ends() {
        return TransactionMemory.of(KEY, HashMap::new);
    }
}
