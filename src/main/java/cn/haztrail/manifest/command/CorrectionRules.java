package cn.haztrail.manifest.command;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Who may propose, approve or reject a correction of a signed manifest (R20). */
final class CorrectionRules {

    private CorrectionRules() {
    }

    static void requireParty(Set<UUID> parties, UUID party, String field) {
        if (!parties.contains(party)) {
            throw CommandRefused.ruleViolated("R20", field, Translatable.of("refused.manifest.correction-by-outsider"));
        }
    }

    /** The pending correction, if this party still has to decide on it. */
    static PendingCorrection awaiting(Map<UUID, PendingCorrection> corrections, Set<UUID> parties, UUID correctionId,
                                      UUID party, String field) {
        PendingCorrection correction = corrections.get(correctionId);
        if (correction == null) {
            throw CommandRefused.notFound("correctionId",
                    Translatable.of("refused.manifest.unknown-correction", correctionId));
        }
        requireParty(parties, party, field);
        if (!correction.awaits(party)) {
            throw CommandRefused.conflict("R20", field,
                    Translatable.of("refused.manifest.correction-not-awaiting-party"));
        }
        return correction;
    }
}
