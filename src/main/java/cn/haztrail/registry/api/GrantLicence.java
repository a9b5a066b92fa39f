package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Grants a business licence to a receiver or collector. */
public record GrantLicence(@TargetAggregateIdentifier UUID enterpriseId, UUID licenceId, String number, LicenceMode mode,
                           LicenceScope scope, List<String> methods, BigDecimal annualCapacityTonnes,
                           LocalDate validFrom, LocalDate validTo, @TargetAggregateVersion Long expectedVersion) {
}
