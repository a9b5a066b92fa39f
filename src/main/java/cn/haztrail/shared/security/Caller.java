package cn.haztrail.shared.security;

import java.util.UUID;

/**
 * The signed-in account as the domain sees it, whatever the login (HTTP Basic or a JWT).
 *
 * @param enterpriseId the enterprise a party account acts for; null for regulators and administrators
 * @param jurisdiction a regulator's administrative region code (6 digits); null for everyone else
 */
public record Caller(String accountId, Role role, UUID enterpriseId, String jurisdiction) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isRegulator() {
        return role == Role.REGULATOR;
    }

    public boolean actsFor(UUID enterprise) {
        return enterpriseId != null && enterpriseId.equals(enterprise);
    }
}
