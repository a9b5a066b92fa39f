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
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.security.MemberRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;

/** The account aggregate: opening, activation and memberships (R28, R29). */
class UserAccountTest {

    private static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
    private static final UUID PLANT = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
    private static final UUID GROUP_SISTER = UUID.fromString("00000000-0000-0000-0000-0000000e0002");

    private AggregateTestFixture<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
    }

    @Test
    void R29_opening_a_person_makes_it_a_member_of_its_enterprise() {
        fixture.givenNoPriorActivity()
                .when(new OpenPersonAccount(ACCOUNT, PLANT, MemberRole.MANAGER, PartyRole.PRODUCER))
                .expectEvents(new AccountOpened(ACCOUNT, AccountKind.PERSON, null),
                        new MemberAdded(ACCOUNT, PLANT, MemberRole.MANAGER, PartyRole.PRODUCER));
    }

    @Test
    void R21_a_regulator_needs_a_six_digit_jurisdiction() {
        fixture.givenNoPriorActivity()
                .when(new OpenRegulatorAccount(ACCOUNT, "3602"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R21", "jurisdiction"));
    }

    @Test
    void R28_an_account_is_activated_once() {
        fixture.given(opened(), new AccountActivated(ACCOUNT))
                .when(new ActivateAccount(ACCOUNT))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "token"));
    }

    @Test
    void R29_a_person_joins_a_second_enterprise_of_its_group() {
        fixture.given(opened(), clerkOfThePlant())
                .when(new AddMember(ACCOUNT, GROUP_SISTER, MemberRole.VIEWER, PartyRole.RECEIVER))
                .expectEvents(new MemberAdded(ACCOUNT, GROUP_SISTER, MemberRole.VIEWER, PartyRole.RECEIVER));
    }

    @Test
    void R29_a_person_is_a_member_of_an_enterprise_once() {
        fixture.given(opened(), clerkOfThePlant())
                .when(new AddMember(ACCOUNT, PLANT, MemberRole.VIEWER, PartyRole.PRODUCER))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "accountId"));
    }

    @Test
    void R29_a_regulator_is_a_member_of_no_enterprise() {
        fixture.given(new AccountOpened(ACCOUNT, AccountKind.REGULATOR, "360200"))
                .when(new AddMember(ACCOUNT, PLANT, MemberRole.VIEWER, PartyRole.PRODUCER))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R21", "accountId"));
    }

    @Test
    void R29_a_role_change_records_the_previous_role() {
        fixture.given(opened(), clerkOfThePlant())
                .when(new ChangeMemberRole(ACCOUNT, PLANT, MemberRole.DRIVER))
                .expectEvents(new MemberRoleChanged(ACCOUNT, PLANT, MemberRole.CLERK, MemberRole.DRIVER));
    }

    @Test
    void R29_a_role_in_an_enterprise_the_person_is_not_a_member_of_is_not_found() {
        fixture.given(opened(), clerkOfThePlant())
                .when(new ChangeMemberRole(ACCOUNT, GROUP_SISTER, MemberRole.DRIVER))
                .expectNoEvents()
                .expectException(refused(RefusalReason.NOT_FOUND, null, "accountId"));
    }

    @Test
    void R29_a_disabled_member_is_enabled_again() {
        fixture.given(opened(), clerkOfThePlant(), new MemberDisabled(ACCOUNT, PLANT))
                .when(new EnableMember(ACCOUNT, PLANT))
                .expectEvents(new MemberEnabled(ACCOUNT, PLANT));
    }

    @Test
    void R29_disabling_a_disabled_member_is_a_conflict() {
        fixture.given(opened(), clerkOfThePlant(), new MemberDisabled(ACCOUNT, PLANT))
                .when(new DisableMember(ACCOUNT, PLANT))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "accountId"));
    }

    private static AccountOpened opened() {
        return new AccountOpened(ACCOUNT, AccountKind.PERSON, null);
    }

    private static MemberAdded clerkOfThePlant() {
        return new MemberAdded(ACCOUNT, PLANT, MemberRole.CLERK, PartyRole.PRODUCER);
    }
}
