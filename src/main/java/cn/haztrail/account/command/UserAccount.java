package cn.haztrail.account.command;

import cn.haztrail.account.api.AccountActivated;
import cn.haztrail.account.api.AccountKind;
import cn.haztrail.account.api.AccountOpened;
import cn.haztrail.account.api.ActivateAccount;
import cn.haztrail.account.api.AddMember;
import cn.haztrail.account.api.ChangeMemberRole;
import cn.haztrail.account.api.DisableMember;
import cn.haztrail.account.api.EnableMember;
import cn.haztrail.account.api.MemberAdded;
import cn.haztrail.account.api.MemberDisabled;
import cn.haztrail.account.api.MemberEnabled;
import cn.haztrail.account.api.MemberRoleChanged;
import cn.haztrail.account.api.OpenPersonAccount;
import cn.haztrail.account.api.OpenRegulatorAccount;
import cn.haztrail.account.api.PasswordChanged;
import cn.haztrail.account.api.RecordPasswordChange;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.MemberRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's or regulator's account: whether it is activated, and the enterprises a person is a member of, each
 * with its member role and whether it is enabled. Secrets (password hash, activation token) are kept by
 * {@link cn.haztrail.account.application.AccountCredentials}, never here.
 */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN)
public class UserAccount {

    @AggregateIdentifier
    private UUID accountId;
    private AccountKind kind;
    private boolean activated;
    private final Map<UUID, Member> memberships = new HashMap<>();

    protected UserAccount() {
    }

    @CommandHandler
    public UserAccount(OpenPersonAccount command) {
        apply(new AccountOpened(command.accountId(), AccountKind.PERSON, null));
        apply(new MemberAdded(command.accountId(), command.enterpriseId(), command.memberRole(), command.actsAs()));
    }

    @CommandHandler
    public UserAccount(OpenRegulatorAccount command) {
        if (command.jurisdiction() == null || !command.jurisdiction().matches("\\d{6}")) {
            throw CommandRefused.ruleViolated("R21", "jurisdiction",
                    Translatable.of("refused.account.regulator-region-code"));
        }
        apply(new AccountOpened(command.accountId(), AccountKind.REGULATOR, command.jurisdiction()));
    }

    @CommandHandler
    public void handle(ActivateAccount command) {
        if (activated) {
            throw CommandRefused.conflict(null, "token", Translatable.of("refused.account.already-activated"));
        }
        apply(new AccountActivated(accountId));
    }

    @CommandHandler
    public void handle(RecordPasswordChange command) {
        apply(new PasswordChanged(accountId));
    }

    @CommandHandler
    public void handle(AddMember command) {
        if (kind != AccountKind.PERSON) {
            throw CommandRefused.conflict("R21", "accountId",
                    Translatable.of("refused.account.regulator-without-enterprise"));
        }
        if (memberships.containsKey(command.enterpriseId())) {
            throw CommandRefused.conflict(null, "accountId", Translatable.of("refused.account.already-member"));
        }
        apply(new MemberAdded(accountId, command.enterpriseId(), command.memberRole(), command.actsAs()));
    }

    @CommandHandler
    public void handle(ChangeMemberRole command) {
        Member member = member(command.enterpriseId());
        if (member.role() == command.memberRole()) {
            throw CommandRefused.conflict(null, "role",
                    Translatable.of("refused.account.role-unchanged", command.memberRole()));
        }
        apply(new MemberRoleChanged(accountId, command.enterpriseId(), member.role(), command.memberRole()));
    }

    @CommandHandler
    public void handle(DisableMember command) {
        if (!member(command.enterpriseId()).enabled()) {
            throw CommandRefused.conflict(null, "accountId", Translatable.of("refused.account.already-disabled"));
        }
        apply(new MemberDisabled(accountId, command.enterpriseId()));
    }

    @CommandHandler
    public void handle(EnableMember command) {
        if (member(command.enterpriseId()).enabled()) {
            throw CommandRefused.conflict(null, "accountId", Translatable.of("refused.account.already-enabled"));
        }
        apply(new MemberEnabled(accountId, command.enterpriseId()));
    }

    private Member member(UUID enterpriseId) {
        Member member = memberships.get(enterpriseId);
        if (member == null) {
            throw CommandRefused.notFound("accountId", Translatable.of("refused.account.unknown-member-of", accountId,
                    enterpriseId));
        }
        return member;
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        accountId = event.accountId();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(AccountActivated event) {
        activated = true;
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        memberships.put(event.enterpriseId(), new Member(event.memberRole(), true));
    }

    @EventSourcingHandler
    void on(MemberRoleChanged event) {
        memberships.computeIfPresent(event.enterpriseId(), (id, member) -> new Member(event.memberRole(),
                member.enabled()));
    }

    @EventSourcingHandler
    void on(MemberDisabled event) {
        memberships.computeIfPresent(event.enterpriseId(), (id, member) -> new Member(member.role(), false));
    }

    @EventSourcingHandler
    void on(MemberEnabled event) {
        memberships.computeIfPresent(event.enterpriseId(), (id, member) -> new Member(member.role(), true));
    }

    private record Member(MemberRole role, boolean enabled) {
    }
}
