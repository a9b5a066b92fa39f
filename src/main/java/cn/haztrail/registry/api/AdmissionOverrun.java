package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A receipt admitted without room held for it, beyond what the receiver's licence allowed on {@code onDate}: for
 * the regulator, since a receipt is a fact and is never undone. {@code rule} R04: {@code overTonnes} of its
 * {@code tonnes} lie beyond the capacity of the licence year (counted in the {@link WasteAdmitted} before it). R03
 * or R05: no licence covered the waste any more; {@code licenceId} and {@code licenceYearStart} are null and nothing
 * is counted against a licence.
 */
@Revision("1")
public record AdmissionOverrun(UUID receiverId, UUID manifestId, UUID licenceId, LocalDate licenceYearStart,
                               LocalDate onDate, BigDecimal tonnes, BigDecimal overTonnes, String rule) {
}
