package cn.haztrail.oversight.custody;

import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Enterprise names for one answer, each looked up once in the registry (its current name) by its summary alone: its
 * licences, permits and vehicles are none of a custody answer's business.
 */
final class EnterpriseNames {

    private final Function<UUID, Optional<String>> lookup;
    private final Map<UUID, Optional<String>> known = new HashMap<>();

    EnterpriseNames(Function<UUID, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    static EnterpriseNames from(EnterpriseQueries enterprises) {
        return new EnterpriseNames(id -> enterprises.summary(id).map(EnterpriseSummary::name));
    }

    /** The registered name, or null for null or an unknown id. */
    String find(UUID id) {
        return id == null ? null : known.computeIfAbsent(id, lookup).orElse(null);
    }

    /** For running text: the name, or the id itself if the registry does not know it. */
    String of(UUID id) {
        String name = find(id);
        return name != null ? name : String.valueOf(id);
    }
}
