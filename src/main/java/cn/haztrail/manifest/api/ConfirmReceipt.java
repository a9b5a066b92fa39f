package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The receiver states per line what it accepted (R17, R18). */
public record ConfirmReceipt(@TargetAggregateIdentifier UUID manifestId, UUID receiverId, List<ReceiptLine> lines, Instant receivedAt,
                             @TargetAggregateVersion Long expectedVersion, LateEntryReason lateEntry)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return receivedAt;
    }
}
