package cn.haztrail.console;

import cn.haztrail.account.query.MembershipView;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Who the page header shows: the person, and either the jurisdiction a regulator watches or the enterprise a person
 * acts for, with the other enterprises it may switch to.
 *
 * @param caller      null while a person of several enterprises has not chosen one
 * @param scopeName   the jurisdiction's or the acting enterprise's name
 * @param memberships every enterprise the person may act for (empty for regulators and administrators)
 */
public record ConsoleUser(String username, Caller caller, String scopeName, List<MembershipView> memberships) {

    public boolean regulator() {
        return caller != null && caller.isRegulator();
    }

    public boolean admin() {
        return caller != null && caller.isAdmin();
    }

    public boolean party() {
        return caller != null && caller.enterpriseId() != null;
    }

    /** Producers and collectors register batches and draft manifests; the pages offer those forms to them only. */
    public boolean consignor() {
        return party() && (caller.role() == Role.PRODUCER || caller.role() == Role.COLLECTOR);
    }

    /** Producers file management plans (R30). */
    public boolean producer() {
        return party() && caller.role() == Role.PRODUCER;
    }

    /** Receivers and collectors hold licences and submit annual reports (R33). */
    public boolean licenceHolder() {
        return party() && (caller.role() == Role.RECEIVER || caller.role() == Role.COLLECTOR);
    }

    public boolean actsFor(UUID enterprise) {
        return caller != null && caller.actsFor(enterprise);
    }
}
