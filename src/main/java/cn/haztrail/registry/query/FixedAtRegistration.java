package cn.haztrail.registry.query;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What registration fixes of an enterprise, its region and its credit code, each read once per node: nothing changes
 * them afterwards, so what was read stays true on every node, and the views that note a party's region at each custody
 * step (the batch's parties, the facts, the feed) and the registration of each batch (whose label carries the credit
 * code) stop asking for it. Only what was found is kept: an enterprise not registered yet is asked again. One small
 * entry per registered enterprise, so bounded by the registry.
 */
@Component
class FixedAtRegistration {

    record Fixed(String regionCode, String creditCode) {
    }

    private final EnterpriseRepository enterprises;
    private final Map<UUID, Fixed> known = new ConcurrentHashMap<>();

    FixedAtRegistration(EnterpriseRepository enterprises) {
        this.enterprises = enterprises;
    }

    Optional<Fixed> of(UUID enterpriseId) {
        Fixed fixed = known.get(enterpriseId);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        Optional<Fixed> found = enterprises.findById(enterpriseId)
                .map(enterprise -> new Fixed(enterprise.regionCode(), enterprise.creditCode()));
        found.ifPresent(read -> known.put(enterpriseId, read));
        return found;
    }
}
