package cn.haztrail.enrolment.command;

import cn.haztrail.account.application.AccountLifecycle;
import cn.haztrail.enrolment.api.SubmitApplication;
import cn.haztrail.personal.PersonalDataStore;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.CurrentCaller;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * Takes an application in one transaction: the contact person goes to the personal-data store, the tracking token's
 * hash and the manager's username to {@link ApplicantAccess}, the application to the event store; a refusal leaves
 * none of them behind.
 */
@Service
public class EnrolmentSubmission {

    /** Recorded as the actor (R22) of an application sent by nobody signed in: whoever holds its tracking token. */
    public static final String APPLICANT = "applicant";

    private final CommandGateway commands;
    private final PersonalDataStore personalData;
    private final ApplicantAccess access;
    private final AccountLifecycle accounts;
    private final CurrentCaller currentCaller;

    EnrolmentSubmission(CommandGateway commands, PersonalDataStore personalData, ApplicantAccess access,
                        AccountLifecycle accounts, CurrentCaller currentCaller) {
        this.commands = commands;
        this.personalData = personalData;
        this.access = access;
        this.accounts = accounts;
        this.currentCaller = currentCaller;
    }

    public record Submitted(UUID applicationId, String trackingToken) {
    }

    @Transactional
    public Submitted submit(Enrolment enrolment) {
        // Checked again at approval; asked now so that the applicant learns it before waiting for a decision.
        if (accounts.usernameTaken(enrolment.managerUsername())) {
            throw CommandRefused.conflict(null, "managerUsername",
                    Translatable.of("refused.account.username-taken", enrolment.managerUsername()));
        }
        UUID applicationId = UUID.randomUUID();
        UUID contactRef = personalData.record(UUID.randomUUID(), enrolment.contact());
        String token = access.open(applicationId, enrolment.managerUsername());
        var command = GenericCommandMessage.asCommandMessage(new SubmitApplication(applicationId,
                enrolment.creditCode(), enrolment.name(), enrolment.regionCode(), enrolment.address(), contactRef,
                enrolment.roles(), enrolment.licences(), enrolment.permits()));
        commands.sendAndWait(currentCaller.accountId().isPresent() ? command
                : command.andMetaData(Map.of(AuditMetadata.ACCOUNT_ID, APPLICANT)));
        return new Submitted(applicationId, token);
    }
}
