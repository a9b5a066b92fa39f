package cn.haztrail.approval.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A receipt drawn on an approval without quantity held for it, beyond the approval's cap (R14): {@code overTonnes}
 * of its {@code tonnes} (drawn in the {@link ApprovalQuantityDrawn} before it) exceed what was left. For the
 * regulator: a receipt is a fact and is never undone.
 */
@Revision("1")
public record ApprovalDrawOverrun(UUID approvalId, UUID manifestId, BigDecimal tonnes, BigDecimal overTonnes) {
}
