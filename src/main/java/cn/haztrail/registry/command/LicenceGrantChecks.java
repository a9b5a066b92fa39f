package cn.haztrail.registry.command;

import cn.haztrail.registry.api.GrantLicence;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

/** What a new licence must be to be granted: an id and a number not used yet, terms the policy allows. */
final class LicenceGrantChecks {

    private LicenceGrantChecks() {
    }

    static void check(GrantLicence command, LicenceBook licences, ClaimedIdentifiers claims,
                      LicenceTermsPolicy policy) {
        if (licences.contains(command.licenceId())) {
            throw CommandRefused.conflict(null, "licenceId",
                    Translatable.of("refused.registry.licence-exists", command.licenceId()));
        }
        if (claims.isClaimed(IdentifierKind.LICENCE_NUMBER, command.number())) {
            throw CommandRefused.conflict(null, "number",
                    Translatable.of("refused.registry.licence-number-taken", command.number()));
        }
        policy.check(command.mode(), command.lines(), command.annualCapacityTonnes(), command.validFrom(),
                command.validTo());
    }
}
