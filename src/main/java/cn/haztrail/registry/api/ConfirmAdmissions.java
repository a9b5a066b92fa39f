package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Several receipts at one receiver confirmed in one transaction on its stream, each as {@link ConfirmAdmission}
 * would be, in their order: what the custody process sends for a processing batch's receipts (an import's above
 * all), so the receiver is loaded once for them instead of once each.
 */
public record ConfirmAdmissions(@TargetAggregateIdentifier UUID receiverId, List<ConfirmAdmission> admissions) {

    public ConfirmAdmissions {
        admissions = List.copyOf(admissions);
        if (admissions.stream().anyMatch(admission -> !admission.receiverId().equals(receiverId))) {
            throw new IllegalArgumentException("every admission must be at receiver " + receiverId);
        }
    }
}
