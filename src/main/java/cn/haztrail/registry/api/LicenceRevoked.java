package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A licence was revoked for good. */
@Revision("1")
public record LicenceRevoked(UUID enterpriseId, UUID licenceId, String reason) {
}
