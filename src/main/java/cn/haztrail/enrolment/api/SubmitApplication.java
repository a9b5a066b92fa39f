package cn.haztrail.enrolment.api;

import cn.haztrail.registry.api.PartyRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** An enterprise applies to be registered; refused for a bad credit code or one registered or applied for (R01). */
public record SubmitApplication(@TargetAggregateIdentifier UUID applicationId, String creditCode, String name,
                                String regionCode, String address, UUID contactRef, List<PartyRole> roles,
                                List<DeclaredLicence> licences, List<DeclaredPermit> permits) {
}
