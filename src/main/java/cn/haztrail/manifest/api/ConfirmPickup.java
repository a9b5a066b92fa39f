package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The first carrier confirms loading (R13) after checking that the labels match; a mismatch is recorded and refuses loading. */
public record ConfirmPickup(@TargetAggregateIdentifier UUID manifestId, UUID carrierId, String vehiclePlate, UUID driverRef,
                            List<String> scannedLabelIds, Instant pickedUpAt,
                            @TargetAggregateVersion Long expectedVersion, LateEntryReason lateEntry)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return pickedUpAt;
    }
}
