package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Grants a business licence to a receiver or collector: its lines and its total annual capacity. */
public record GrantLicence(@TargetAggregateIdentifier UUID enterpriseId, UUID licenceId, String number, LicenceMode mode,
                           List<LicenceLine> lines, BigDecimal annualCapacityTonnes,
                           LocalDate validFrom, LocalDate validTo, @TargetAggregateVersion Long expectedVersion) {
}
