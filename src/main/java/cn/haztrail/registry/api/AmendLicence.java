package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Replaces a licence's lines, total capacity and expiry (the number and mode stay). */
public record AmendLicence(@TargetAggregateIdentifier UUID enterpriseId, UUID licenceId, List<LicenceLine> lines,
                           BigDecimal annualCapacityTonnes, LocalDate validTo, String reason,
                           @TargetAggregateVersion Long expectedVersion) {
}
