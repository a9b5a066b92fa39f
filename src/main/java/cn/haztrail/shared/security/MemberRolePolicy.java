package cn.haztrail.shared.security;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each member role may do, in one place, by operation: a viewer reads; a driver reads and confirms pickup,
 * handover and arrival, and only for a carrier; a clerk does every acting operation; a manager also manages the
 * enterprise's members. Which resources the enterprise may touch is still decided by its party role (R21).
 */
public final class MemberRolePolicy {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern DRIVING = Pattern.compile("/api/v1/manifests/[^/]+/(pickup|handover|arrival)");
    private static final Pattern MEMBERS = Pattern.compile("/api/v1/enterprises/[^/]+/members(/.*)?");
    private static final String OWN_ACCOUNT = "/api/v1/accounts/me";

    private MemberRolePolicy() {
    }

    public static boolean allows(Caller caller, String method, String path) {
        MemberRole member = caller.memberRole();
        if (member == null || member == MemberRole.MANAGER
                || path.equals(OWN_ACCOUNT) || path.startsWith(OWN_ACCOUNT + "/")) {
            return true;
        }
        if (MEMBERS.matcher(path).matches()) {
            return false;
        }
        boolean read = READS.contains(method);
        return switch (member) {
            case VIEWER -> read;
            case DRIVER -> caller.role() == Role.CARRIER
                    && (read || ("POST".equals(method) && DRIVING.matcher(path).matches()));
            case CLERK, MANAGER -> true;
        };
    }
}
