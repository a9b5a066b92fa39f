package cn.haztrail.batch.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The receiver that accepted the batch utilized or disposed of it (R19). */
public record RecordDisposal(@TargetAggregateIdentifier UUID batchId, UUID receiverId, String methodCode, Quantity quantity,
                             LocalDate disposedOn, @TargetAggregateVersion Long expectedVersion,
                             Instant disposedAt, Instant businessTime, LateEntryReason lateEntry) implements BusinessTimed {
}
