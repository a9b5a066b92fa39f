package cn.haztrail.shared.security;

import java.util.UUID;

/**
 * The signed-in account as the domain sees it, whatever the login (HTTP Basic or a JWT).
 *
 * @param enterpriseId the enterprise a party account acts for; null for regulators and administrators
 * @param jurisdiction a regulator's administrative region code (6 digits); null for everyone else
 * @param memberRole   what the person may do inside the enterprise it acts for; null when nothing narrows the
 *                     party role (administrators, regulators, identity-provider tokens without a member role)
 */
public record Caller(String accountId, Role role, UUID enterpriseId, String jurisdiction, MemberRole memberRole) {

    public Caller(String accountId, Role role, UUID enterpriseId, String jurisdiction) {
        this(accountId, role, enterpriseId, jurisdiction, null);
    }

    /**
     * A caller the access rules can judge (R21): a party without its enterprise or a regulator without a jurisdiction
     * would match no filter, or every row.
     */
    public Caller {
        if (role.actsForEnterprise() && enterpriseId == null) {
            throw new IllegalArgumentException("a " + role + " account acts for an enterprise, and none is given");
        }
        if (role == Role.REGULATOR && (jurisdiction == null || !jurisdiction.matches("\\d{6}"))) {
            throw new IllegalArgumentException("a regulator needs a jurisdiction: a 6-digit region code");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isRegulator() {
        return role == Role.REGULATOR;
    }

    /** Whether this caller manages the members of the enterprise (administrators manage every enterprise's). */
    public boolean managesMembersOf(UUID enterprise) {
        return isAdmin() || (actsFor(enterprise) && memberRole == MemberRole.MANAGER);
    }

    public boolean actsFor(UUID enterprise) {
        return enterpriseId != null && enterpriseId.equals(enterprise);
    }
}
