package cn.haztrail.exemption.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Withdraws an exemption before its end date, with the regulator's reason (R36); later receipts cannot use it. */
public record RevokeExemption(@TargetAggregateIdentifier UUID exemptionId, String reason, Instant revokedAt)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return revokedAt;
    }
}
