package cn.haztrail.shared.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.UUID;

/** Creates embedded-mode accounts with BCrypt-hashed passwords. */
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
     */
    public boolean createIfAbsent(String username, String password, Role role, UUID enterpriseId,
                                  String jurisdiction) {
        new Caller(username, role, enterpriseId, jurisdiction); // refuses an account the access rules could not judge
        if (exists(username)) {
            return false;
        }
        return jdbc.update("""
                        insert into account (id, username, password_hash, role, enterprise_id, jurisdiction, enabled)
                        values (?, ?, ?, ?, ?, ?, true) on conflict do nothing""",
                UUID.randomUUID().toString(), username, passwordEncoder.encode(password), role.name(), enterpriseId,
                jurisdiction) == 1;
    }

    private boolean exists(String username) {
        return !jdbc.queryForList("select 1 from account where username = ?", Integer.class, username).isEmpty();
    }
}
