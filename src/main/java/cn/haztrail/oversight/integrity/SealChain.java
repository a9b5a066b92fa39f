package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.SealedHead;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies the chain of seals that ends in the latest (R23): each seal's roots are those of the heads it names, each
 * names as previous root the root that seal still has (a seal altered later, even with a fresh hash of its own, breaks
 * the next seal's link), every registered seal is stored, and the register's sealed heads are those the chain names.
 * The latest seal can only be proven against its root published outside HazTrail.
 */
@Component
class SealChain {

    private final SealReader reader;
    private final SealRegister register;

    SealChain(SealReader reader, SealRegister register) {
        this.reader = reader;
        this.register = register;
    }

    Optional<IntegrityFailure> verify(SealEvent latest) {
        Map<String, SealEvent> stored = reader.all().stream()
                .collect(Collectors.toMap(SealEvent::id, Function.identity(), (a, b) -> a));
        List<SealEvent> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SealEvent current = latest;
        while (true) {
            Optional<IntegrityFailure> roots = current.verifyRoots();
            if (roots.isPresent()) {
                return roots;
            }
            chain.add(0, current);
            String previousId = current.sealed().previousSealId();
            if (previousId == null) {
                break;
            }
            SealEvent previous = stored.get(previousId);
            if (previous == null || !seen.add(previousId)) {
                return Optional.of(IntegrityFailure.at(current.event(), FailureReason.SEAL_INVALID,
                        "the previous seal " + previousId + " is not stored as a readable seal"));
            }
            if (!previous.sealed().root().equals(current.sealed().previousRoot())) {
                return Optional.of(IntegrityFailure.at(previous.event(), FailureReason.SEAL_INVALID,
                        "the root is not the one the next seal " + current.id() + " recorded: altered since"));
            }
            current = previous;
        }
        return againstRegister(stored, chain, latest);
    }

    private Optional<IntegrityFailure> againstRegister(Map<String, SealEvent> stored, List<SealEvent> chain,
                                                       SealEvent latest) {
        for (SealRegister.Entry entry : register.all()) {
            SealEvent seal = stored.get(entry.sealId());
            if (seal == null) {
                return Optional.of(IntegrityFailure.missing(entry.sealId(), 0, FailureReason.SEAL_INVALID,
                        "the registered seal " + entry.number() + " is not stored as a readable seal"));
            }
            if (!seal.sealed().root().equals(entry.root())) {
                return Optional.of(IntegrityFailure.at(seal.event(), FailureReason.SEAL_INVALID,
                        "the root differs from the registered one"));
            }
        }
        if (latest.legacy()) {
            return Optional.empty(); // it names every head itself; the register is not read
        }
        Map<String, SealedHead> named = new HashMap<>();
        chain.forEach(seal -> seal.sealed().heads().forEach(head -> named.put(head.streamId(), head)));
        Map<String, SealedHead> registered = register.headsByStream();
        if (!named.equals(registered)) {
            String stream = named.keySet().stream().filter(id -> !named.get(id).equals(registered.get(id)))
                    .findFirst().orElseGet(() -> registered.keySet().stream().filter(id -> !named.containsKey(id))
                            .findFirst().orElse("?"));
            return Optional.of(IntegrityFailure.at(latest.event(), FailureReason.SEAL_INVALID,
                    "the register of sealed heads differs from the seals for stream " + stream));
        }
        return Optional.empty();
    }
}
