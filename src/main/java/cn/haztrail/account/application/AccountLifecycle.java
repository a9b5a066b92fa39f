package cn.haztrail.account.application;

import cn.haztrail.account.api.ActivateAccount;
import cn.haztrail.account.api.ActivationToken;
import cn.haztrail.account.api.AddMember;
import cn.haztrail.account.api.OpenPersonAccount;
import cn.haztrail.account.api.OpenRegulatorAccount;
import cn.haztrail.account.api.RecordPasswordChange;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.MemberRole;
import cn.haztrail.shared.security.Role;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Opens, activates and re-passwords accounts: each step writes the secrets ({@link AccountCredentials}) and sends
 * the account's command in one transaction, so a refused step leaves neither behind. Callers: the administrator's
 * and managers' endpoints, the demo data, approved self-registrations (their first manager), and later bulk import
 * ("open the first manager of enterprise X, give me the activation token"). It sends commands and keeps its own
 * tables, reading no view, and lives outside {@code command} because other features (enrolment, demo) call it.
 */
@Service
public class AccountLifecycle {

    private final CommandGateway commands;
    private final AccountCredentials credentials;
    private final PasswordPolicy passwords;
    private final Clock clock;

    AccountLifecycle(CommandGateway commands, AccountCredentials credentials, PasswordPolicy passwords, Clock clock) {
        this.commands = commands;
        this.credentials = credentials;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A person who becomes a member of the enterprise (its first manager, or one more member); not yet activated. */
    @Transactional
    public ActivationToken openMember(String username, UUID enterpriseId, MemberRole role, PartyRole actsAs) {
        UUID accountId = UUID.randomUUID();
        credentials.create(accountId, username, null, null, null);
        commands.sendAndWait(new OpenPersonAccount(accountId, enterpriseId, role, actsAs));
        return credentials.issueToken(accountId, now());
    }

    /** A regulator with its jurisdiction; not yet activated. */
    @Transactional
    public ActivationToken openRegulator(String username, String jurisdiction) {
        UUID accountId = UUID.randomUUID();
        credentials.create(accountId, username, Role.REGULATOR, jurisdiction, null);
        commands.sendAndWait(new OpenRegulatorAccount(accountId, jurisdiction));
        return credentials.issueToken(accountId, now());
    }

    /** An existing person becomes a member of one more enterprise. */
    @Transactional
    public void addMember(UUID accountId, UUID enterpriseId, MemberRole role, PartyRole actsAs) {
        commands.sendAndWait(new AddMember(accountId, enterpriseId, role, actsAs));
    }

    /**
     * A person (or regulator) that signs in at once with the given password, which is not checked against R28:
     * only for the demo data, whose accounts keep their published password.
     */
    @Transactional
    public UUID openActivated(String username, String password, UUID enterpriseId, PartyRole actsAs,
                              String jurisdiction) {
        UUID accountId = UUID.randomUUID();
        if (enterpriseId == null) {
            credentials.create(accountId, username, Role.REGULATOR, jurisdiction, password);
            commands.sendAndWait(new OpenRegulatorAccount(accountId, jurisdiction));
        } else {
            credentials.create(accountId, username, null, null, password);
            commands.sendAndWait(new OpenPersonAccount(accountId, enterpriseId, MemberRole.MANAGER, actsAs));
        }
        commands.sendAndWait(new ActivateAccount(accountId));
        return accountId;
    }

    /**
     * R28: a fresh activation token for an account not yet activated (its first manager asks for it after a
     * self-registration); the tokens issued before stop working.
     */
    @Transactional
    public ActivationToken reissueActivationToken(UUID accountId) {
        if (credentials.activated(accountId)) {
            throw CommandRefused.conflict("R28", "id", Translatable.of("refused.account.already-activated"));
        }
        return credentials.issueToken(accountId, now());
    }

    /** Whether a username is taken already, so that an applicant learns it early. */
    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return credentials.usernameTaken(username);
    }

    /** R28: the person sets its first password with its one-time activation token. */
    @Transactional
    public UUID activate(String token, String password) {
        passwords.check("password", password);
        UUID accountId = credentials.redeem(token, now());
        credentials.setPassword(accountId, password);
        // Nobody is signed in: the person holding the token did it (R22), not HazTrail.
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ActivateAccount(accountId))
                .andMetaData(Map.of(AuditMetadata.ACCOUNT_ID, accountId.toString())));
        return accountId;
    }

    /** R28: a signed-in person replaces its password, proving it knows the current one. */
    @Transactional
    public void changePassword(UUID accountId, String currentPassword, String newPassword) {
        if (!credentials.passwordMatches(accountId, currentPassword)) {
            throw CommandRefused.ruleViolated("R28", "currentPassword",
                    Translatable.of("refused.account.wrong-password"));
        }
        passwords.check("newPassword", newPassword);
        credentials.setPassword(accountId, newPassword);
        if (credentials.recorded(accountId)) {
            commands.sendAndWait(new RecordPasswordChange(accountId));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
