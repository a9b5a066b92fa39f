package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.axon.integrity.ChainedEvent;
import cn.haztrail.shared.axon.integrity.StoredMetaData;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One row of {@code domain_event_entry}, column by column as stored. */
record StoredEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String type,
                   String eventIdentifier, String timeStamp, String payloadType, String payloadRevision,
                   byte[] payload, byte[] metaData) {

    /** Every column equal, the byte columns by content. */
    boolean sameAs(StoredEvent other) {
        return globalIndex == other.globalIndex && sequenceNumber == other.sequenceNumber
                && Objects.equals(aggregateIdentifier, other.aggregateIdentifier) && Objects.equals(type, other.type)
                && Objects.equals(eventIdentifier, other.eventIdentifier) && Objects.equals(timeStamp, other.timeStamp)
                && Objects.equals(payloadType, other.payloadType)
                && Objects.equals(payloadRevision, other.payloadRevision) && Arrays.equals(payload, other.payload)
                && Arrays.equals(metaData, other.metaData);
    }

    /** The hash recorded at append; null if the event has none. */
    String storedHash() {
        return StoredMetaData.read(metaData).get(ChainedEvent.HASH);
    }

    /** The keys of its stored metadata that its hash does not cover (empty if none). */
    Set<String> unhashedMetaData() {
        return ChainedEvent.unhashedMetaData(StoredMetaData.keys(metaData));
    }

    /** What its hash must be, chained to the given previous hash. */
    String expectedHash(String previousHash) {
        Map<String, String> values = StoredMetaData.read(metaData);
        return ChainedEvent.of(previousHash, aggregateIdentifier, sequenceNumber, type, eventIdentifier, timeStamp,
                payloadType, payloadRevision, payload, values).hash();
    }
}
