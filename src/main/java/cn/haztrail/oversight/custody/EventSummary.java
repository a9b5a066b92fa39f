package cn.haztrail.oversight.custody;

import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.shared.domain.Quantity;

import java.util.List;

/**
 * What an entry of the chain says of its event besides the payload: a short text for people, the quantities it
 * carries, the discrepancy kinds and the refusal (rule and reason) where it is one.
 */
record EventSummary(String text, Quantity declared, Quantity accepted, Quantity disposed,
                    List<DiscrepancyKind> discrepancyKinds, String refusalRule, String refusalReason) {

    static EventSummary of(String text) {
        return new EventSummary(text, null, null, null, List.of(), null, null);
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

    EventSummary refusal(String rule, String reason) {
        return new EventSummary(text, declared, accepted, disposed, discrepancyKinds, rule, reason);
    }
}
