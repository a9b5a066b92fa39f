package cn.haztrail.account.web;

import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** Which of an enterprise's party roles a member acts in: the one asked for, or its only one. */
@Component
class ActingRoles {

    private final EnterpriseQueries enterprises;

    ActingRoles(EnterpriseQueries enterprises) {
        this.enterprises = enterprises;
    }

    PartyRole resolve(UUID enterpriseId, PartyRole requested, String enterpriseField) {
        List<String> roles = enterprises.summary(enterpriseId)
                .orElseThrow(() -> CommandRefused.notFound(enterpriseField,
                        Translatable.of("refused.account.unknown-enterprise", enterpriseId)))
                .roles();
        if (requested != null) {
            if (!roles.contains(requested.name())) {
                throw CommandRefused.ruleViolated("R29", "actsAs", Translatable.of("refused.account.role-not-played",
                        roles, requested));
            }
            return requested;
        }
        if (roles.size() != 1) {
            throw CommandRefused.ruleViolated("R29", "actsAs", Translatable.of("refused.account.acting-role-unstated",
                    roles));
        }
        return PartyRole.valueOf(roles.get(0));
    }
}
