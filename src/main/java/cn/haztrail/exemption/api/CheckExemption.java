package cn.haztrail.exemption.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The question a manifest asks of an exemption (R37): does it cover this producer, utilizer, waste code and method
 * on {@code onDate}, with {@code tonnes} left (null: quantity not asked)? Answered by {@link ExemptionLookup}, which
 * stores nothing.
 */
public record CheckExemption(UUID exemptionId, UUID producerId, UUID utilizerId, String wasteCode, String methodCode,
                             BigDecimal tonnes, LocalDate onDate) {
}
