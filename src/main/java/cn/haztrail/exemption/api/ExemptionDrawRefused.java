package cn.haztrail.exemption.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A receipt's draw on the exemption was refused (R37: cap exhausted, outside the window, revoked). Kept for the
 * regulator's audit; the reason in English and as its message code with arguments, to give it in a reader's language.
 */
@Revision("1")
public record ExemptionDrawRefused(UUID exemptionId, UUID manifestId, BigDecimal tonnes, String rule, String reason,
                                   String reasonCode, List<String> reasonArguments) {
}
