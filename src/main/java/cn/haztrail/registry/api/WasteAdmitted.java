package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Accepted waste counted against a licence year's capacity (R04); the licence year starts on {@code licenceYearStart}.
 * {@code lines} splits the tonnes by the licence line that admitted them, for lines with a capacity of their own;
 * null in events stored before licences had lines (their licences had a total capacity only).
 */
@Revision("1")
public record WasteAdmitted(UUID receiverId, UUID licenceId, UUID manifestId, LocalDate licenceYearStart,
                            BigDecimal tonnes, List<LineTonnes> lines) {

    /** Tonnes admitted under the licence line covering {@code scope}. */
    public record LineTonnes(String scope, BigDecimal tonnes) {
    }
}
