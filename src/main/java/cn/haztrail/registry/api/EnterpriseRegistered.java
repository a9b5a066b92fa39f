package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** An enterprise joined the registry (R01). The contact person is a reference into the personal-data store. */
@Revision("1")
public record EnterpriseRegistered(UUID enterpriseId, String creditCode, String name, String regionCode, String address, UUID contactRef,
                                   List<PartyRole> roles) {
}
