package cn.haztrail.account.query;

import cn.haztrail.account.api.MemberAdded;
import cn.haztrail.account.api.MemberDisabled;
import cn.haztrail.account.api.MemberEnabled;
import cn.haztrail.account.api.MemberRoleChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The memberships sign-in reads (which enterprises a person may act for, in which roles). Subscribing: updated in
 * the command's own transaction, so a disabled member is refused from the very next request.
 */
@Component
@ProcessingGroup(MembershipProjection.GROUP)
class MembershipProjection {

    static final String GROUP = "account-view";

    private final JdbcTemplate jdbc;

    MembershipProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MemberAdded event) {
        jdbc.update("""
                        insert into account_membership (account_id, enterprise_id, member_role, acts_as, enabled)
                        values (?, ?, ?, ?, true)""", event.accountId().toString(), event.enterpriseId(),
                event.memberRole().name(), event.actsAs().name());
    }

    @EventHandler
    void on(MemberRoleChanged event) {
        jdbc.update("update account_membership set member_role = ? where account_id = ? and enterprise_id = ?",
                event.memberRole().name(), event.accountId().toString(), event.enterpriseId());
    }

    @EventHandler
    void on(MemberDisabled event) {
        enabled(event.accountId().toString(), event.enterpriseId(), false);
    }

    @EventHandler
    void on(MemberEnabled event) {
        enabled(event.accountId().toString(), event.enterpriseId(), true);
    }

    private void enabled(String accountId, java.util.UUID enterpriseId, boolean enabled) {
        jdbc.update("update account_membership set enabled = ? where account_id = ? and enterprise_id = ?", enabled,
                accountId, enterpriseId);
    }
}
