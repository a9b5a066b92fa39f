package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A licence's terms changed; the event carries the complete new terms, the old ones stay in history. */
@Revision("1")
public record LicenceAmended(UUID enterpriseId, UUID licenceId, LicenceScope scope, List<String> methods,
                             BigDecimal annualCapacityTonnes, LocalDate validTo, String reason) {
}
