package cn.haztrail.shared.axon.integrity;

import cn.haztrail.shared.axon.AuditMetadata;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One stored event as its hash sees it (R23): the columns of {@code domain_event_entry} exactly as stored, the actor
 * and business time from its metadata, and the hash of the event before it in its stream. The storage engine hashes
 * it on append and the integrity check on verification: one definition for both, documented byte for byte in the
 * README so that an auditor can recompute it from the table alone.
 *
 * @param previousHash null for the first event of a stream
 * @param type         the aggregate type; null for an event published without an aggregate
 */
public record ChainedEvent(String previousHash, String aggregateIdentifier, long sequenceNumber, String type,
                           String eventIdentifier, String timeStamp, String payloadType, String payloadRevision,
                           byte[] payload, String accountId, String enterpriseId, String role, String businessTime,
                           String sourceSystem, String sourceRecordId, String importJobId) {

    /** The metadata key under which every stored event carries its hash (lowercase hex SHA-256). */
    public static final String HASH = "hash";

    /** The first line of the canonical form; a new form would get a new version. */
    public static final String FORM_VERSION = "haztrail-event-hash/1";

    /**
     * The form of an imported event (issue 17): the 13 fields of version 1, then its source system, source record id
     * and import job. An event without a source keeps version 1, so every hash made before stays as it was.
     */
    public static final String IMPORTED_FORM_VERSION = "haztrail-event-hash/2";

    /**
     * The metadata keys an event may be stored with: the four its hash covers (seven for an imported event), and the
     * hash itself. Anything else
     * would be stored without being hashed, so it is refused on append and reported by the integrity check.
     */
    public static final Set<String> STORED_METADATA = Set.of(AuditMetadata.ACCOUNT_ID, AuditMetadata.ENTERPRISE_ID,
            AuditMetadata.ROLE, AuditMetadata.BUSINESS_TIME, AuditMetadata.SOURCE_SYSTEM,
            AuditMetadata.SOURCE_RECORD_ID, AuditMetadata.IMPORT_JOB_ID, HASH);

    /** An event as version 1 hashes it: no source. */
    public ChainedEvent(String previousHash, String aggregateIdentifier, long sequenceNumber, String type,
                        String eventIdentifier, String timeStamp, String payloadType, String payloadRevision,
                        byte[] payload, String accountId, String enterpriseId, String role, String businessTime) {
        this(previousHash, aggregateIdentifier, sequenceNumber, type, eventIdentifier, timeStamp, payloadType,
                payloadRevision, payload, accountId, enterpriseId, role, businessTime, null, null, null);
    }

    /** The keys of stored metadata that the hash does not cover, in alphabetical order (empty if none). */
    public static Set<String> unhashedMetaData(Set<String> storedKeys) {
        Set<String> unhashed = new TreeSet<>(storedKeys);
        unhashed.removeAll(STORED_METADATA);
        return unhashed;
    }

    static void requireHashedMetaData(Set<String> keys) {
        Set<String> unhashed = unhashedMetaData(keys);
        if (!unhashed.isEmpty()) {
            throw new IllegalStateException("metadata " + unhashed + " is not in the canonical form "
                    + FORM_VERSION + ": hashing it needs a new form version");
        }
    }

    public static ChainedEvent of(String previousHash, String aggregateIdentifier, long sequenceNumber, String type,
                                  String eventIdentifier, String timeStamp, String payloadType,
                                  String payloadRevision, byte[] payload, Map<String, String> metaData) {
        return new ChainedEvent(previousHash, aggregateIdentifier, sequenceNumber, type, eventIdentifier, timeStamp,
                payloadType, payloadRevision, payload, metaData.get(AuditMetadata.ACCOUNT_ID),
                metaData.get(AuditMetadata.ENTERPRISE_ID), metaData.get(AuditMetadata.ROLE),
                metaData.get(AuditMetadata.BUSINESS_TIME), metaData.get(AuditMetadata.SOURCE_SYSTEM),
                metaData.get(AuditMetadata.SOURCE_RECORD_ID), metaData.get(AuditMetadata.IMPORT_JOB_ID));
    }

    /** Whether the event carries a source, and so is hashed in the imported form. */
    public boolean imported() {
        return sourceSystem != null || sourceRecordId != null || importJobId != null;
    }

    public byte[] canonicalForm() {
        return form().bytes();
    }

    public String hash() {
        return form().sha256Hex();
    }

    private CanonicalForm form() {
        CanonicalForm form = CanonicalForm.version(imported() ? IMPORTED_FORM_VERSION : FORM_VERSION)
                .field(previousHash)
                .field(aggregateIdentifier)
                .field(sequenceNumber)
                .field(type)
                .field(eventIdentifier)
                .field(timeStamp)
                .field(payloadType)
                .field(payloadRevision)
                .field(payload)
                .field(accountId)
                .field(enterpriseId)
                .field(role)
                .field(businessTime);
        return imported() ? form.field(sourceSystem).field(sourceRecordId).field(importJobId) : form;
    }
}
