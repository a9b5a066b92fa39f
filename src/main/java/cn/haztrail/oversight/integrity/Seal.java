package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.oversight.integrity.api.SealedHead;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The latest seal as a check uses it: the heads of every stream sealed up to it (not only those it names), and the
 * check of the whole chain of seals that ends in it.
 */
final class Seal {

    private final SealEvent event;
    private final SealedHeads sealed;
    private final Supplier<Optional<IntegrityFailure>> chainCheck;
    private final Instant sealedAt;

    Seal(SealEvent event, SealedHeads sealed, Supplier<Optional<IntegrityFailure>> chainCheck, Instant sealedAt) {
        this.event = event;
        this.sealed = sealed;
        this.chainCheck = chainCheck;
        this.sealedAt = sealedAt;
    }

    StoredEvent event() {
        return event.event();
    }

    /** Every stream's last sealed head along the chain up to this seal. */
    SealedHeads sealed() {
        return sealed;
    }

    Optional<SealedHead> head(String streamId) {
        return sealed.head(streamId);
    }

    /** The chain's check: every seal's roots, every link to the previous seal, the register against the seals. */
    Optional<IntegrityFailure> verify() {
        return chainCheck.get();
    }

    SealView view() {
        IntegritySealed payload = event.sealed();
        return new SealView(event.id(), event.event().globalIndex(), payload.root(), payload.previousSealId(),
                payload.previousRoot(), payload.merkleRoot(), payload.headCount(), payload.sealedUpTo(), sealedAt);
    }
}
