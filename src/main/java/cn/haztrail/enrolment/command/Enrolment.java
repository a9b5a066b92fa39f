package cn.haztrail.enrolment.command;

import cn.haztrail.enrolment.api.DeclaredLicence;
import cn.haztrail.enrolment.api.DeclaredPermit;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.PartyRole;

import java.util.List;

/** What an enterprise applies with, as the applicant sends it: the contact and the manager's username included. */
public record Enrolment(String creditCode, String name, String regionCode, String address, PersonalDetails contact,
                        List<PartyRole> roles, String managerUsername, List<DeclaredLicence> licences,
                        List<DeclaredPermit> permits) {
}
