package cn.haztrail.enrolment.command;

import cn.haztrail.enrolment.api.ApplicationSubmitted;
import cn.haztrail.enrolment.api.ApproveApplication;
import cn.haztrail.enrolment.api.DeclaredLicence;
import cn.haztrail.enrolment.api.DeclaredPermit;
import cn.haztrail.enrolment.api.RefuseApplication;
import cn.haztrail.registry.api.GrantLicence;
import cn.haztrail.registry.api.GrantTransportPermit;
import cn.haztrail.registry.application.EnterpriseRegistration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Approves or refuses an application. Approval writes several aggregates in one transaction, as
 * {@link EnterpriseRegistration} does: the application's decision, the enterprise with the licences and permits it
 * declared, and its first manager ({@link FirstManager}). Any refusal on the way (the credit code registered
 * meanwhile, the username taken, a licence the registry will not grant) rolls all of it back and leaves the
 * application PENDING. A later issue turns such flows into explicit processes.
 */
@Service
public class EnrolmentDecisions {

    private final CommandGateway commands;
    private final EnterpriseRegistration registration;
    private final ApplicantAccess access;
    private final FirstManager firstManager;

    EnrolmentDecisions(CommandGateway commands, EnterpriseRegistration registration, ApplicantAccess access,
                       FirstManager firstManager) {
        this.commands = commands;
        this.registration = registration;
        this.access = access;
        this.firstManager = firstManager;
    }

    /** @return the new enterprise's id */
    @Transactional
    public UUID approve(UUID applicationId) {
        UUID enterpriseId = UUID.randomUUID();
        ApplicationSubmitted applied = commands.sendAndWait(new ApproveApplication(applicationId, enterpriseId));
        registration.register(enterpriseId, applied.creditCode(), applied.name(), applied.regionCode(),
                applied.address(), applied.contactRef(), applied.roles());
        for (DeclaredLicence licence : applied.licences()) {
            commands.sendAndWait(new GrantLicence(enterpriseId, UUID.randomUUID(), licence.number(), licence.mode(),
                    licence.lines(), licence.annualCapacityTonnes(), licence.validFrom(), licence.validTo(), null));
        }
        for (DeclaredPermit permit : applied.permits()) {
            commands.sendAndWait(new GrantTransportPermit(enterpriseId, UUID.randomUUID(), permit.number(),
                    permit.validFrom(), permit.validTo(), null));
        }
        String username = access.managerUsername(applicationId).orElseThrow();
        // The first manager acts in the first role the applicant listed.
        firstManager.open(username, enterpriseId, applied.roles().get(0))
                .ifPresent(account -> access.managerOpened(applicationId, account));
        return enterpriseId;
    }

    @Transactional
    public void refuse(UUID applicationId, String reason) {
        commands.sendAndWait(new RefuseApplication(applicationId, reason));
    }
}
