package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A hazardous-waste business licence (危险废物经营许可证) was granted. */
@Revision("1")
public record LicenceGranted(UUID enterpriseId, UUID licenceId, String number, LicenceMode mode, LicenceScope scope,
                             List<String> methods, BigDecimal annualCapacityTonnes, LocalDate validFrom,
                             LocalDate validTo) {
}
