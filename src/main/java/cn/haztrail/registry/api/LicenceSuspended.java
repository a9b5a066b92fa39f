package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A licence was suspended: its holder may not be named on, or accept, new transfers until reinstated. */
@Revision("1")
public record LicenceSuspended(UUID enterpriseId, UUID licenceId, String reason) {
}
