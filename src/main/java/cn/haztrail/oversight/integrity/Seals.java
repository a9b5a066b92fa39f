package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.oversight.integrity.api.SealedHead;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.web.PageResponse;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes seals (R23): the heads of the streams that changed since the previous seal, bound into one Merkle root chained
 * to the previous seal's root, appended as an {@link IntegritySealed} event without an aggregate. A seal's size follows
 * the activity since the previous one, not the number of streams. Nodes seal one at a time (a locked row), and the
 * register takes each seal number and each previous seal once, so the chain never forks.
 */
@Service
public class Seals {

    private final StoredEvents stored;
    private final SealReader reader;
    private final SealRegister register;
    private final SealChain chain;
    private final EventBus eventBus;
    private final Clock clock;
    private final SealRateProperties rate;

    Seals(StoredEvents stored, SealReader reader, SealRegister register, SealChain chain, EventBus eventBus,
          Clock clock, SealRateProperties rate) {
        this.stored = stored;
        this.reader = reader;
        this.register = register;
        this.chain = chain;
        this.eventBus = eventBus;
        this.clock = clock;
        this.rate = rate;
    }

    /**
     * The scheduled seal.
     *
     * @param accountId who asked for it ({@link AuditMetadata#SYSTEM_ACCOUNT} for the scheduled seal)
     * @param role      the caller's role; null for the system
     */
    @Transactional
    public SealView seal(String accountId, String role) {
        return take(accountId, role, Duration.ZERO);
    }

    /** A seal asked for: refused with {@link SealTooSoon} within the configured interval after the latest seal. */
    @Transactional
    public SealView sealOnDemand(String accountId, String role) {
        return take(accountId, role, rate.onDemandSealInterval());
    }

    private SealView take(String accountId, String role, Duration minimumGap) {
        register.lock();
        Instant now = clock.instant();
        Optional<SealRegister.Entry> previous = register.latest().or(this::registerLegacySeal);
        if (previous.isPresent() && !minimumGap.isNegative() && !minimumGap.isZero()) {
            Instant allowed = previous.get().sealedAt().plus(minimumGap);
            if (now.isBefore(allowed)) {
                throw new SealTooSoon(Duration.between(now, allowed));
            }
        }
        long upTo = stored.lastGlobalIndex();
        List<SealedHead> changed = changedHeads();
        String merkleRoot = MerkleTree.root(changed);
        String previousRoot = previous.map(SealRegister.Entry::root).orElse(null);
        String previousId = previous.map(SealRegister.Entry::sealId).orElse(null);
        IntegritySealed seal = new IntegritySealed(MerkleTree.link(previousRoot, merkleRoot), previousId,
                previousRoot, merkleRoot, changed.size(), upTo, changed);
        EventMessage<IntegritySealed> event = GenericEventMessage.<IntegritySealed>asEventMessage(seal)
                .andMetaData(audit(accountId, role, now));
        eventBus.publish(event);
        StoredEvent row = stored.stream(event.getIdentifier()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the seal just appended is not stored"));
        SealRegister.Entry entry = new SealRegister.Entry(row.eventIdentifier(),
                previous.map(p -> p.number() + 1).orElse(1L), previousId, seal.root(), merkleRoot, changed.size(),
                upTo, row.globalIndex(), now);
        register.add(entry, changed);
        return entry.view(previousRoot);
    }

    /** Every stream's head that no seal names yet as it is now; seals' own streams are chained by their links. */
    private List<SealedHead> changedHeads() {
        Set<String> seals = reader.ids();
        Map<String, SealedHead> sealed = register.headsByStream();
        return stored.heads().stream().filter(head -> !seals.contains(head.streamId()))
                .filter(head -> !head.equals(sealed.get(head.streamId()))).toList();
    }

    /** The first seal after an upgrade follows the latest seal stored before seals were chained, if any. */
    private Optional<SealRegister.Entry> registerLegacySeal() {
        return reader.latest().map(legacy -> {
            IntegritySealed sealed = legacy.sealed();
            SealRegister.Entry entry = new SealRegister.Entry(legacy.id(), 1, null, sealed.root(),
                    sealed.merkleRoot(), sealed.headCount(), sealed.sealedUpTo(), legacy.event().globalIndex(),
                    Instant.parse(legacy.event().timeStamp()));
            register.add(entry, sealed.heads());
            return entry;
        });
    }

    private static Map<String, Object> audit(String accountId, String role, Instant now) {
        Map<String, Object> audit = new HashMap<>();
        audit.put(AuditMetadata.ACCOUNT_ID, accountId);
        if (role != null) {
            audit.put(AuditMetadata.ROLE, role);
        }
        audit.put(AuditMetadata.BUSINESS_TIME, now.toString());
        return audit;
    }

    /**
     * The latest seal, if its payload still reads. One that does not was altered: the check reports it through its
     * own chain (HASH_MISMATCH), and compares the other streams with no seal rather than failing.
     */
    Optional<Seal> latest() {
        return reader.latest().map(latest -> new Seal(latest, latest.legacy()
                ? SealedHeads.of(latest.sealed().heads()) : SealedHeads.of(register),
                () -> chain.verify(latest), sealedAt(latest)));
    }

    private Instant sealedAt(SealEvent seal) {
        return register.find(seal.id()).map(SealRegister.Entry::sealedAt)
                .orElseGet(() -> Instant.parse(seal.event().timeStamp()));
    }

    private String previousRoot(SealRegister.Entry entry) {
        return entry.previousSealId() == null ? null
                : register.find(entry.previousSealId()).map(SealRegister.Entry::root).orElse(null);
    }

    /** Newest first: the roots an auditor publishes. */
    @Transactional(readOnly = true)
    public PageResponse<SealView> list(int page, int size) {
        List<SealView> items = register.page(page, size).stream().map(entry -> entry.view(previousRoot(entry)))
                .toList();
        return new PageResponse<>(items, page, size, register.count());
    }
}
