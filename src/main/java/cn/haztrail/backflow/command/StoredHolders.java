package cn.haztrail.backflow.command;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who held identifiers before a chunk (manifest numbers, label ids): those its records name read in one query for
 * the chunk (issue 17), instead of one query per record; any other is asked on its own. Nothing the chunk stores is
 * written before its checks are done, so the answers stand for the whole chunk.
 */
final class StoredHolders implements Function<String, Optional<UUID>> {

    private final Set<String> read;
    private final Map<String, UUID> holders = new HashMap<>();
    private final Function<String, Optional<UUID>> one;

    /**
     * @param identifiers the identifiers the chunk's records name
     * @param all         their holders, one query: identifier and holder per row
     * @param one         the holder of any other identifier
     */
    StoredHolders(Set<String> identifiers, Function<Set<String>, Map<String, UUID>> all,
                  Function<String, Optional<UUID>> one) {
        this.read = new HashSet<>(identifiers);
        this.one = one;
        if (!identifiers.isEmpty()) {
            holders.putAll(all.apply(identifiers));
        }
    }

    @Override
    public Optional<UUID> apply(String identifier) {
        return read.contains(identifier) ? Optional.ofNullable(holders.get(identifier)) : one.apply(identifier);
    }
}
