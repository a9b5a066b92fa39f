package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A suspended licence is in force again. */
@Revision("1")
public record LicenceReinstated(UUID enterpriseId, UUID licenceId, String reason) {
}
