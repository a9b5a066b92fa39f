package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A licence's terms changed; the event carries the complete new lines and total capacity, the old ones stay in
 * history. Revision 1 had one scope and one method list; {@code LicenceLinesUpcaster} reads it as lines.
 */
@Revision("2")
public record LicenceAmended(UUID enterpriseId, UUID licenceId, List<LicenceLine> lines,
                             BigDecimal annualCapacityTonnes, LocalDate validTo, String reason) {
}
