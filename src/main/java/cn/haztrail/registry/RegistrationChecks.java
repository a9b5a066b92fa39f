package cn.haztrail.registry;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.List;

/**
 * What an enterprise must be to be registered (R01: a valid credit code not registered yet, a known region, at least
 * one role): checked by the registration itself and, earlier, by an application to be registered, so it sits next
 * to {@link CreditCode} rather than in either feature's command package.
 */
public final class RegistrationChecks {

    private RegistrationChecks() {
    }

    public static void check(String creditCode, String regionCode, List<PartyRole> roles, ClaimedIdentifiers claims,
                             RegionDirectory regions) {
        CreditCode.problemWith(creditCode).ifPresent(problem -> {
            throw CommandRefused.ruleViolated("R01", "creditCode",
                    Translatable.of("refused.registry.invalid-credit-code", problem));
        });
        if (claims.isClaimed(IdentifierKind.CREDIT_CODE, creditCode)) {
            throw CommandRefused.conflict("R01", "creditCode",
                    Translatable.of("refused.registry.credit-code-taken", creditCode));
        }
        if (!regions.exists(regionCode)) {
            throw CommandRefused.ruleViolated(null, "regionCode",
                    Translatable.of("refused.registry.unknown-region", regionCode));
        }
        if (roles == null || roles.isEmpty()) {
            throw CommandRefused.ruleViolated(null, "roles", Translatable.of("refused.registry.no-role"));
        }
    }
}
