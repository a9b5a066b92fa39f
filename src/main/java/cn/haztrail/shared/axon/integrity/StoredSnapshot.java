package cn.haztrail.shared.axon.integrity;

import org.axonframework.eventhandling.DomainEventData;

/**
 * One row of {@code snapshot_event_entry}, column by column as stored: what a snapshot's proof is checked against.
 *
 * @param type the aggregate type
 */
public record StoredSnapshot(String aggregateIdentifier, long sequenceNumber, String type, String eventIdentifier,
                             String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {

    /** A snapshot as Axon's JPA engine read it, before it is deserialized. */
    static StoredSnapshot of(DomainEventData<?> data) {
        return new StoredSnapshot(data.getAggregateIdentifier(), data.getSequenceNumber(), data.getType(),
                data.getEventIdentifier(), data.getPayload().getType().getName(),
                data.getPayload().getType().getRevision(), (byte[]) data.getPayload().getData(),
                data.getMetaData() == null ? null : (byte[]) data.getMetaData().getData());
    }
}
