package cn.haztrail.approval.command;

import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Answers provinces from the registry's view. Safe on the command side: that view is updated in the registering
 * command's own transaction and an enterprise's region is fixed at registration.
 */
@Component
class RegistryPartyRegions implements PartyRegions {

    private final EnterpriseQueries enterprises;

    RegistryPartyRegions(EnterpriseQueries enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public Optional<String> provinceOf(UUID enterpriseId) {
        return enterprises.profile(enterpriseId, false).map(EnterpriseProfile::provinceCode);
    }
}
