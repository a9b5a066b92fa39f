package cn.haztrail.shared.security;

/**
 * For sign-ins other than the API's (the console keeps the chosen enterprise in its session): makes a signed-in
 * person's membership the current request's {@link Caller}, exactly as {@link ActingForFilter} does for the API, so
 * that controllers and query services read the same caller whichever way the person came in.
 */
public final class ActingAs {

    private ActingAs() {
    }

    /** Replaces this request's authentication (not the stored session) by the person acting for the membership. */
    public static void membership(AccountUserDetails account, Membership membership) {
        ActingForFilter.actAs(account.username(), membership.callerFor(account.accountId()));
    }
}
