package cn.haztrail.exemption.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Records a point-to-point targeted-utilization exemption (点对点定向利用豁免, R36) granted by the producer's
 * regulator: this producer may send this waste code to this utilizer for this utilization method, up to a cap,
 * within a window.
 */
public record RecordExemption(@TargetAggregateIdentifier UUID exemptionId, UUID producerId, UUID utilizerId,
                              String wasteCode, String methodCode, BigDecimal quantityCapTonnes,
                              LocalDate validFrom, LocalDate validTo, Instant grantedAt) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return grantedAt;
    }
}
