package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.oversight.integrity.api.SealedHead;
import cn.haztrail.shared.axon.AuditMetadata;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes seals (R23): the heads of all streams bound into one Merkle root, appended as an {@link IntegritySealed} event
 * without an aggregate. Several nodes may seal at once: each seal is its own one-event stream.
 */
@Service
public class Seals {

    private static final Logger log = LoggerFactory.getLogger(Seals.class);

    private final StoredEvents stored;
    private final EventBus eventBus;
    private final Serializer eventSerializer;
    private final Clock clock;

    Seals(StoredEvents stored, EventBus eventBus, @Qualifier("eventSerializer") Serializer eventSerializer,
          Clock clock) {
        this.stored = stored;
        this.eventBus = eventBus;
        this.eventSerializer = eventSerializer;
        this.clock = clock;
    }

    /**
     * @param accountId who asked for it ({@link AuditMetadata#SYSTEM_ACCOUNT} for the scheduled seal)
     * @param role      the caller's role; null for the system
     */
    @Transactional
    public SealView seal(String accountId, String role) {
        long upTo = stored.lastGlobalIndex();
        List<SealedHead> heads = stored.heads();
        IntegritySealed seal = new IntegritySealed(MerkleTree.root(heads), heads.size(), upTo, heads);
        Map<String, Object> audit = new HashMap<>();
        audit.put(AuditMetadata.ACCOUNT_ID, accountId);
        if (role != null) {
            audit.put(AuditMetadata.ROLE, role);
        }
        audit.put(AuditMetadata.BUSINESS_TIME, clock.instant().toString());
        EventMessage<IntegritySealed> event = GenericEventMessage.<IntegritySealed>asEventMessage(seal)
                .andMetaData(audit);
        eventBus.publish(event);
        return stored.stream(event.getIdentifier()).stream().findFirst().map(this::read).map(Seal::view)
                .orElseThrow(() -> new IllegalStateException("the seal just appended is not stored"));
    }

    /**
     * The latest seal, if its payload still reads. One that does not was altered: the check reports it through its
     * own chain (HASH_MISMATCH), and compares the other streams with no seal rather than failing.
     */
    Optional<Seal> latest() {
        return stored.latestOfType(IntegritySealed.class).flatMap(event -> {
            try {
                return Optional.of(read(event));
            } catch (SerializationException e) {
                log.warn("The latest seal {} cannot be read: {}", event.eventIdentifier(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Seal read(StoredEvent event) {
        IntegritySealed sealed = eventSerializer.deserialize(new SimpleSerializedObject<>(event.payload(),
                byte[].class, event.payloadType(), event.payloadRevision()));
        return new Seal(event, sealed);
    }
}
