package cn.haztrail.approval.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cross-province transfer approval: who may send what to whom, by which method, how much, until when (R14). */
@Revision("1")
public record ApprovalRecorded(UUID approvalId, String number, UUID consignorId, UUID receiverId,
                               List<String> wasteCodes, String methodCode, BigDecimal quantityCapTonnes,
                               LocalDate validFrom, LocalDate validTo,
                               Instant approvedAt) {
}
