package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Room held on a licence year for a receipt under way (R04): counted as used until confirmed (then
 * {@link WasteAdmitted} with the same licence, year and lines), released, or {@code expiresAt}.
 */
@Revision("1")
public record AdmissionReserved(UUID receiverId, UUID licenceId, UUID manifestId, LocalDate licenceYearStart,
                                BigDecimal tonnes, List<WasteAdmitted.LineTonnes> lines, Instant expiresAt) {
}
