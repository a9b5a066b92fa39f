package cn.haztrail.backflow.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who holds an identifier that only one aggregate may hold (a manifest number, a label id), as one chunk sees it:
 * the holders stored before the chunk (asked of the command side), the records the chunk accepted, and the record
 * being checked, whose claims stand only when it is accepted.
 */
final class HeldIdentifiers {

    private final Function<String, Optional<UUID>> stored;
    private final Map<String, UUID> accepted = new HashMap<>();
    private final Map<String, UUID> pending = new HashMap<>();

    HeldIdentifiers(Function<String, Optional<UUID>> stored) {
        this.stored = stored;
    }

    /** True when an aggregate other than {@code claimant} holds the identifier already. */
    boolean heldByAnother(String identifier, UUID claimant) {
        UUID holder = pending.getOrDefault(identifier, accepted.get(identifier));
        Optional<UUID> found = holder != null ? Optional.of(holder) : stored.apply(identifier);
        return found.filter(other -> !other.equals(claimant)).isPresent();
    }

    void take(String identifier, UUID claimant) {
        pending.put(identifier, claimant);
    }

    void accept() {
        accepted.putAll(pending);
        pending.clear();
    }

    void refuse() {
        pending.clear();
    }
}
