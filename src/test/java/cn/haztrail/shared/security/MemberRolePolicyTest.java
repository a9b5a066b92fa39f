package cn.haztrail.shared.security;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which operations each member role may call (R29); the party role's own rules (R21) come on top. */
class MemberRolePolicyTest {

    private static final UUID ENTERPRISE = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
    private static final String PICKUP = "/api/v1/manifests/" + UUID.randomUUID() + "/pickup";
    private static final String MEMBERS = "/api/v1/enterprises/" + ENTERPRISE + "/members";

    @Test
    void R29_a_carriers_driver_picks_up_hands_over_and_arrives_only() {
        Caller driver = caller(Role.CARRIER, MemberRole.DRIVER);

        assertThat(MemberRolePolicy.allows(driver, "POST", PICKUP)).isTrue();
        assertThat(MemberRolePolicy.allows(driver, "POST", PICKUP.replace("pickup", "handover"))).isTrue();
        assertThat(MemberRolePolicy.allows(driver, "POST", PICKUP.replace("pickup", "arrival"))).isTrue();
        assertThat(MemberRolePolicy.allows(driver, "POST", PICKUP.replace("pickup", "cancel"))).isFalse();
        assertThat(MemberRolePolicy.allows(driver, "POST", "/api/v1/manifests")).isFalse();
    }

    @Test
    void R29_a_driver_of_an_enterprise_that_is_no_carrier_does_nothing() {
        assertThat(MemberRolePolicy.allows(caller(Role.PRODUCER, MemberRole.DRIVER), "POST", PICKUP)).isFalse();
    }

    @Test
    void R29_a_viewer_only_reads() {
        Caller viewer = caller(Role.RECEIVER, MemberRole.VIEWER);

        assertThat(MemberRolePolicy.allows(viewer, "GET", "/api/v1/manifests")).isTrue();
        assertThat(MemberRolePolicy.allows(viewer, "POST", "/api/v1/webhooks")).isFalse();
        assertThat(MemberRolePolicy.allows(viewer, "DELETE", "/api/v1/webhooks/1")).isFalse();
    }

    @Test
    void R29_only_a_manager_manages_members() {
        assertThat(MemberRolePolicy.allows(caller(Role.PRODUCER, MemberRole.CLERK), "GET", MEMBERS)).isFalse();
        assertThat(MemberRolePolicy.allows(caller(Role.PRODUCER, MemberRole.MANAGER), "POST", MEMBERS)).isTrue();
    }

    @Test
    void R29_every_member_reads_its_own_account_and_changes_its_password() {
        Caller viewer = caller(Role.PRODUCER, MemberRole.VIEWER);

        assertThat(MemberRolePolicy.allows(viewer, "POST", "/api/v1/accounts/me/password")).isTrue();
    }

    @Test
    void a_caller_without_a_member_role_is_narrowed_by_nothing() {
        Caller regulator = new Caller("r", Role.REGULATOR, null, "360200");

        assertThat(MemberRolePolicy.allows(regulator, "POST", "/api/v1/approvals")).isTrue();
    }

    private static Caller caller(Role role, MemberRole memberRole) {
        return new Caller("someone", role, ENTERPRISE, null, memberRole);
    }
}
