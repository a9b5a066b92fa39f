package cn.haztrail.approval.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Records a cross-province transfer approval (跨省转移审批) granted by the province of origin (R14). */
public record RecordApproval(@TargetAggregateIdentifier UUID approvalId, String number, UUID consignorId,
                             UUID receiverId, List<String> wasteCodes, String methodCode,
                             BigDecimal quantityCapTonnes, LocalDate validFrom, LocalDate validTo,
                             Instant approvedAt) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return approvedAt;
    }
}
