package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A hazardous-waste business licence (危险废物经营许可证) was granted: its lines (waste, methods, capacity per line
 * where stated) and its total annual capacity. Revision 1 had one scope and one method list for the whole licence;
 * {@code LicenceLinesUpcaster} reads it as lines.
 */
@Revision("2")
public record LicenceGranted(UUID enterpriseId, UUID licenceId, String number, LicenceMode mode,
                             List<LicenceLine> lines, BigDecimal annualCapacityTonnes, LocalDate validFrom,
                             LocalDate validTo) {
}
