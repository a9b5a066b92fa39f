package cn.haztrail.shared.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Creates embedded-mode accounts that can sign in at once, with BCrypt-hashed passwords: the bootstrap administrator
 * (and accounts tests make). People are otherwise created through the account feature, with an activation token.
 */
@Service
public class AccountService {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public AccountService(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates the account unless one with that username exists; returns whether it created one. Several nodes
     * starting at once on one database all create the bootstrap administrator: the database keeps the first and the
     * others' inserts do nothing (a check-then-insert would fail the later node's startup on the unique username).
     * A party role makes the account the manager of its enterprise.
     */
    @Transactional
    public boolean createIfAbsent(String username, String password, Role role, UUID enterpriseId,
                                  String jurisdiction) {
        new Caller(username, role, enterpriseId, jurisdiction); // refuses an account the access rules could not judge
        if (exists(username)) {
            return false;
        }
        String id = UUID.randomUUID().toString();
        boolean party = role.actsForEnterprise();
        boolean created = jdbc.update("""
                        insert into account (id, username, password_hash, role, enterprise_id, jurisdiction, enabled)
                        values (?, ?, ?, ?, ?, ?, true) on conflict do nothing""",
                id, username, passwordEncoder.encode(password), party ? null : role.name(), null, jurisdiction) == 1;
        if (created && party) {
            jdbc.update("""
                    insert into account_membership (account_id, enterprise_id, member_role, acts_as, enabled)
                    values (?, ?, ?, ?, true)""", id, enterpriseId, MemberRole.MANAGER.name(), role.name());
        }
        return created;
    }

    private boolean exists(String username) {
        return !jdbc.queryForList("select 1 from account where username = ?", Integer.class, username).isEmpty();
    }
}
