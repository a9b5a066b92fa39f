package cn.haztrail.registry.query;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regions of registered enterprises, each read once per node: an enterprise is registered in its region once and
 * for all (nothing changes it), so what was read stays true on every node, and the views that note a party's region
 * at each custody step (the batch's parties, the facts, the feed) stop asking for it. Only what was found is kept: an
 * enterprise not registered yet is asked again. One small entry per registered enterprise, so bounded by the registry.
 */
@Component
class KnownRegions {

    private final EnterpriseRepository enterprises;
    private final Map<UUID, String> regions = new ConcurrentHashMap<>();

    KnownRegions(EnterpriseRepository enterprises) {
        this.enterprises = enterprises;
    }

    Optional<String> of(UUID enterpriseId) {
        String known = regions.get(enterpriseId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> region = enterprises.findById(enterpriseId).map(EnterpriseRecord::regionCode);
        region.ifPresent(found -> regions.put(enterpriseId, found));
        return region;
    }
}
