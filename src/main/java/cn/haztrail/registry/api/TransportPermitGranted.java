package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A road dangerous-goods transport permit (道路危险货物运输许可证) was granted to a carrier. */
@Revision("1")
public record TransportPermitGranted(UUID enterpriseId, UUID permitId, String number, LocalDate validFrom, LocalDate validTo) {
}
