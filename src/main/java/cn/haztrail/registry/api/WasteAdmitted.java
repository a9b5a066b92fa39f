package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Accepted waste counted against a licence year's capacity (R04); the licence year starts on {@code licenceYearStart}. */
@Revision("1")
public record WasteAdmitted(UUID receiverId, UUID licenceId, UUID manifestId, LocalDate licenceYearStart,
                            BigDecimal tonnes) {
}
