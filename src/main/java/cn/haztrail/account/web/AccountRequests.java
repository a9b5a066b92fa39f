package cn.haztrail.account.web;

/** Shared constraints of the account requests. */
public final class AccountRequests {

    public static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]{2,63}";
    public static final String USERNAME_MESSAGE = "3-64 letters, digits, '.', '_', '@' or '-'";

    private AccountRequests() {
    }
}
