package cn.haztrail.account.query;

import cn.haztrail.shared.security.MemberRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts and members as their owners and managers read them. */
@Service
public class AccountQueries {

    private final JdbcTemplate jdbc;

    AccountQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountView> account(String accountId) {
        return jdbc.query("select id, username, role, jurisdiction, enabled, password_hash is not null as activated "
                        + "from account where id = ?", (rs, row) -> new AccountView(rs.getString("id"),
                        rs.getString("username"), rs.getString("role"), rs.getString("jurisdiction"),
                        rs.getBoolean("activated"), memberships(accountId)), accountId)
                .stream().findFirst();
    }

    public List<MemberView> members(UUID enterpriseId) {
        return jdbc.query("""
                        select m.account_id, a.username, m.member_role, m.acts_as, m.enabled,
                               a.password_hash is not null as activated
                        from account_membership m join account a on a.id = m.account_id
                        where m.enterprise_id = ? order by a.username""",
                (rs, row) -> new MemberView(rs.getString("account_id"), rs.getString("username"),
                        MemberRole.valueOf(rs.getString("member_role")), rs.getString("acts_as"),
                        rs.getBoolean("enabled"), rs.getBoolean("activated")), enterpriseId);
    }

    public Optional<MemberView> member(UUID enterpriseId, String accountId) {
        return members(enterpriseId).stream().filter(member -> member.accountId().equals(accountId)).findFirst();
    }

    /** The account of a username, if there is one. */
    public Optional<String> accountIdOf(String username) {
        return jdbc.queryForList("select id from account where username = ?", String.class, username).stream()
                .findFirst();
    }

    private List<MembershipView> memberships(String accountId) {
        return jdbc.query("""
                        select m.enterprise_id, e.credit_code, e.name, m.member_role, m.acts_as, m.enabled
                        from account_membership m left join enterprise_view e on e.id = m.enterprise_id
                        where m.account_id = ? order by e.name""",
                (rs, row) -> new MembershipView(rs.getObject("enterprise_id", UUID.class),
                        rs.getString("credit_code"), rs.getString("name"),
                        MemberRole.valueOf(rs.getString("member_role")), rs.getString("acts_as"),
                        rs.getBoolean("enabled")), accountId);
    }
}
