package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The receipt happened: the held tonnes become admitted ({@link WasteAdmitted}). Never refused for capacity or
 * licence: without a hold (it expired, or the process ran late) the receipt's {@code lines} on {@code onDate} are
 * admitted all the same and any overrun is recorded ({@link AdmissionOverrun}). Repeated, it changes nothing.
 */
public record ConfirmAdmission(@TargetAggregateIdentifier UUID receiverId, UUID manifestId, List<AdmissionLine> lines,
                               LocalDate onDate) {
}
