package cn.haztrail.shared.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Creates embedded-mode accounts with BCrypt-hashed passwords. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    public AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the account unless one with that username exists; returns whether it created one. */
    @Transactional
    public boolean createIfAbsent(String username, String password, Role role, UUID enterpriseId,
                                  String jurisdiction) {
        if (accounts.existsByUsername(username)) {
            return false;
        }
        accounts.save(new Account(UUID.randomUUID().toString(), username, passwordEncoder.encode(password), role,
                enterpriseId, jurisdiction));
        return true;
    }
}
