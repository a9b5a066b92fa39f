package cn.haztrail.exemption.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A targeted-utilization exemption: who may send which code to which utilizer, by which method, how much, until when (R36). */
@Revision("1")
public record ExemptionRecorded(UUID exemptionId, UUID producerId, UUID utilizerId, String wasteCode,
                                String methodCode, BigDecimal quantityCapTonnes, LocalDate validFrom,
                                LocalDate validTo, Instant grantedAt) {
}
