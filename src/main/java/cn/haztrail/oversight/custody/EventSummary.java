package cn.haztrail.oversight.custody;

import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;

import java.util.List;

/**
 * What an entry of the chain says of its event besides the payload: a short text for people, the quantities it
 * carries, the discrepancy kinds and the refusal (rule and reason) where it is one. Texts are translatable: the
 * answer gives them in the caller's language.
 */
record EventSummary(Translatable text, Quantity declared, Quantity accepted, Quantity disposed,
                    List<DiscrepancyKind> discrepancyKinds, String refusalRule, Translatable refusalReason) {

    static EventSummary of(String code, Object... args) {
        return new EventSummary(Translatable.of(code, args), null, null, null, List.of(), null, null);
    }

    EventSummary declared(Quantity quantity) {
        return new EventSummary(text, quantity, accepted, disposed, discrepancyKinds, refusalRule, refusalReason);
    }

    EventSummary accepted(Quantity quantity) {
        return new EventSummary(text, declared, quantity, disposed, discrepancyKinds, refusalRule, refusalReason);
    }

    EventSummary disposed(Quantity quantity) {
        return new EventSummary(text, declared, accepted, quantity, discrepancyKinds, refusalRule, refusalReason);
    }

    EventSummary discrepancies(List<DiscrepancyKind> kinds) {
        return new EventSummary(text, declared, accepted, disposed, List.copyOf(kinds), refusalRule, refusalReason);
    }

    EventSummary refusal(String rule, Translatable reason) {
        return new EventSummary(text, declared, accepted, disposed, discrepancyKinds, rule, reason);
    }

    /** A reason as a person typed it or the event recorded it: shown as it is in every language. */
    EventSummary refusal(String rule, String recordedReason) {
        return refusal(rule, Translatable.of("custody.as-recorded", recordedReason));
    }
}
