package cn.haztrail.contract;

import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;

/**
 * The columns of the authorization matrix, in its order: who calls, and in what relation to the fixture resources
 * ({@link MatrixFixture} makes the relation hold).
 */
enum MatrixCaller {
    ANONYMOUS("anon", null),
    ADMIN("admin", Api.ADMIN),
    PRODUCER_OWN("p-own", "producer"),
    PRODUCER_OTHER("p-other", "hospital"),
    CARRIER_NAMED("c-named", "carrier"),
    CARRIER_OTHER("c-other", "carrier2"),
    RECEIVER_ADDRESSED("r-addr", "receiver"),
    RECEIVER_OTHER("r-other", "cement"),
    COLLECTOR("coll", "collector"),
    REGULATOR_IN("reg-in", "regulator-jdz"),
    REGULATOR_OUT("reg-out", "regulator-yc");

    /** 宜春: no fixture resource has its origin or destination there. */
    static final String OUTSIDE_JURISDICTION = "360900";

    final String column;
    final String account;

    MatrixCaller(String column, String account) {
        this.column = column;
        this.account = account;
    }

    /** The demo data has no regulator outside every fixture's regions: one is made here (idempotent). */
    static void createAccounts(AccountService accounts) {
        accounts.createIfAbsent(REGULATOR_OUT.account, Api.DEMO_PASSWORD, Role.REGULATOR, null, OUTSIDE_JURISDICTION);
    }

    boolean anonymous() {
        return account == null;
    }

    @Override
    public String toString() {
        return column + (account == null ? "" : " (" + account + ")");
    }
}
