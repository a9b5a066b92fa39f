package cn.haztrail.approval.api;

import cn.haztrail.shared.axon.StoresNothing;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Asks whether an approval covers a manifest on a date: valid that day, same consignor and receiver, every code,
 * the method (when known), and quantity left for {@code tonnes} (R14). Stores nothing.
 */
public record CheckApproval(@TargetAggregateIdentifier UUID approvalId, UUID consignorId, UUID receiverId,
                            List<String> wasteCodes, String methodCode, BigDecimal tonnes, LocalDate onDate)
        implements StoresNothing {
}
