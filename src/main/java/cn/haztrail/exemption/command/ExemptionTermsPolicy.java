package cn.haztrail.exemption.command;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.MethodKind;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.exemption.api.RecordExemption;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Checks an exemption's terms before it is recorded (R36): a registered producer and a registered receiver as the
 * utilizer (two enterprises), a code of the current catalogue, a utilization method (R-code), a positive cap and a
 * window that does not end before it starts. Parties come from the exemption's own table, never the read model.
 */
@Component
public class ExemptionTermsPolicy {

    private final WasteCatalogue wasteCatalogue;
    private final MethodCatalogue methodCatalogue;
    private final ExemptionPartyTable parties;

    public ExemptionTermsPolicy(WasteCatalogue wasteCatalogue, MethodCatalogue methodCatalogue,
                                ExemptionPartyTable parties) {
        this.wasteCatalogue = wasteCatalogue;
        this.methodCatalogue = methodCatalogue;
        this.parties = parties;
    }

    /** @return the terms in canonical form: the code trimmed, the method as catalogued */
    public RecordExemption check(RecordExemption command) {
        requireParty(command.producerId(), "producerId", PartyRole.PRODUCER, "refused.exemption.not-a-producer");
        requireParty(command.utilizerId(), "utilizerId", PartyRole.RECEIVER, "refused.exemption.not-a-utilizer");
        if (command.producerId().equals(command.utilizerId())) {
            throw CommandRefused.ruleViolated("R36", "utilizerId", Translatable.of("refused.exemption.same-party"));
        }
        String code = command.wasteCode() == null ? "" : command.wasteCode().strip();
        if (!isListed(code)) {
            throw CommandRefused.ruleViolated("R36", "wasteCode", Translatable.of(
                    "refused.exemption.code-not-in-edition", code, wasteCatalogue.currentEdition()));
        }
        MethodCode method = methodCatalogue.find(command.methodCode())
                .filter(found -> found.kind() == MethodKind.UTILIZATION)
                .orElseThrow(() -> CommandRefused.ruleViolated("R36", "methodCode",
                        Translatable.of("refused.exemption.not-utilization", command.methodCode())));
        BigDecimal cap = command.quantityCapTonnes();
        if (cap == null || cap.signum() <= 0) {
            throw CommandRefused.ruleViolated("R36", "quantityCapTonnes",
                    Translatable.of("refused.exemption.cap-not-positive"));
        }
        if (command.validFrom() == null) {
            throw CommandRefused.ruleViolated("R36", "validFrom", Translatable.of("refused.exemption.no-valid-from"));
        }
        if (command.validTo() == null || command.validTo().isBefore(command.validFrom())) {
            throw CommandRefused.ruleViolated("R36", "validTo",
                    Translatable.of("refused.exemption.ends-before-start", command.validFrom(), command.validTo()));
        }
        return new RecordExemption(command.exemptionId(), command.producerId(), command.utilizerId(), code,
                method.code(), cap, command.validFrom(), command.validTo(), command.grantedAt());
    }

    private void requireParty(UUID id, String field, PartyRole role, String notInRole) {
        if (id == null) {
            throw CommandRefused.ruleViolated("R36", field, Translatable.of("refused.exemption.no-enterprise"));
        }
        ExemptionParty party = parties.findById(id).orElseThrow(() -> CommandRefused.notFound(field,
                Translatable.of("refused.exemption.unknown-enterprise", id)));
        if (!party.roles().contains(role.name())) {
            throw CommandRefused.ruleViolated("R36", field, Translatable.of(notInRole, id));
        }
    }

    private boolean isListed(String code) {
        try {
            return wasteCatalogue.current(WasteCode.parse(code)).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
