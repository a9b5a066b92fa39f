package cn.haztrail.shared.security;

/**
 * What a member role may do (R29), for callers outside the API's filter chain: the console's pages ask about the
 * API operation a form performs, so the one {@link MemberRolePolicy} decides for both.
 */
public final class MemberPermissions {

    private MemberPermissions() {
    }

    /** @param apiPath the API operation the page performs, e.g. {@code /api/v1/batches} */
    public static boolean allows(Caller caller, String method, String apiPath) {
        return MemberRolePolicy.allows(caller, method, apiPath);
    }
}
