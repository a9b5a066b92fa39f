package cn.haztrail.shared.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Loads HTTP Basic accounts. An unknown username is checked against a dummy hash by Spring Security's
 * {@code DaoAuthenticationProvider}; an account that may not sign in is checked against a hash of a random secret
 * nobody knows. Either way the answer and its timing are those of a wrong password.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final String unmatchableHash;

    public AccountUserDetailsService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.unmatchableHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new AccountUserDetails(account.username(),
                        account.enabled() && account.passwordHash() != null ? account.passwordHash() : unmatchableHash,
                        account.caller()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
