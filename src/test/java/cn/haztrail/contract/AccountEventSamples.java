package cn.haztrail.contract;

import cn.haztrail.account.api.AccountActivated;
import cn.haztrail.account.api.AccountKind;
import cn.haztrail.account.api.AccountOpened;
import cn.haztrail.account.api.MemberAdded;
import cn.haztrail.account.api.MemberDisabled;
import cn.haztrail.account.api.MemberEnabled;
import cn.haztrail.account.api.MemberRoleChanged;
import cn.haztrail.account.api.PasswordChanged;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.security.MemberRole;

import java.util.List;
import java.util.UUID;

/** Fixed examples of the account events (a person's or regulator's account and its memberships). */
final class AccountEventSamples {

    static final UUID ACCOUNT = UUID.fromString("5d0c7e2a-1b3f-4c6d-9e8a-7f6b5c4d3e21");
    static final UUID ENTERPRISE = UUID.fromString("0f4e8a6c-2d1b-4b3a-8c9d-6e5f4a3b2c1d");

    private AccountEventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new AccountOpened(ACCOUNT, AccountKind.PERSON, null),
                new AccountActivated(ACCOUNT),
                new PasswordChanged(ACCOUNT),
                new MemberAdded(ACCOUNT, ENTERPRISE, MemberRole.MANAGER, PartyRole.PRODUCER),
                new MemberRoleChanged(ACCOUNT, ENTERPRISE, MemberRole.CLERK, MemberRole.VIEWER),
                new MemberDisabled(ACCOUNT, ENTERPRISE),
                new MemberEnabled(ACCOUNT, ENTERPRISE));
    }
}
