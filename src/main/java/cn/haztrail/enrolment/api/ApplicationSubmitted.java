package cn.haztrail.enrolment.api;

import cn.haztrail.registry.api.PartyRole;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * An enterprise applied to be registered. Who applied is in the metadata (R22: the applicant, nobody signed in).
 * The contact person is a reference into the personal-data store; the first manager's username and the tracking
 * token are kept outside the event store.
 */
@Revision("1")
public record ApplicationSubmitted(UUID applicationId, String creditCode, String name, String regionCode,
                                   String address, UUID contactRef, List<PartyRole> roles,
                                   List<DeclaredLicence> licences, List<DeclaredPermit> permits) {
}
