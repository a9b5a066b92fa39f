package cn.haztrail.shared.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * Loads HTTP Basic accounts with the enterprises they may act for. An unknown username is checked against a dummy
 * hash by Spring Security's {@code DaoAuthenticationProvider}; an account that may not sign in (no password yet,
 * disabled, or a person without an enabled membership) is checked against a hash of a random secret nobody knows.
 * Either way the answer and its timing are those of a wrong password.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final String unmatchableHash;

    public AccountUserDetailsService(AccountRepository accounts, JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.unmatchableHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        Caller own = account.caller().orElse(null);
        List<Membership> memberships = own == null ? enabledMemberships(account.id()) : List.of();
        boolean maySignIn = account.enabled() && account.passwordHash() != null
                && (own != null || !memberships.isEmpty());
        return new AccountUserDetails(account.id(), account.username(),
                maySignIn ? account.passwordHash() : unmatchableHash, own, memberships);
    }

    private List<Membership> enabledMemberships(String accountId) {
        return jdbc.query("""
                        select enterprise_id, member_role, acts_as from account_membership
                        where account_id = ? and enabled = true order by enterprise_id""",
                (rs, row) -> new Membership(rs.getObject("enterprise_id", UUID.class),
                        MemberRole.valueOf(rs.getString("member_role")), Role.valueOf(rs.getString("acts_as")), true),
                accountId);
    }
}
