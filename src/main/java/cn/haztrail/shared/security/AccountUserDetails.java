package cn.haztrail.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * An {@link Account} as Spring Security's principal; carries the {@link Caller} the domain needs. A locked account is
 * refused by Spring Security before its password is even checked, so a guess during the lock learns nothing.
 *
 * @param loginTrouble failed sign-ins or a lock on record, which a successful sign-in clears
 */
public record AccountUserDetails(String username, String password, boolean enabled, boolean accountNonLocked,
                                 boolean loginTrouble, Caller caller) implements UserDetails {

    static AccountUserDetails of(Account account, Instant now) {
        return new AccountUserDetails(account.username(), account.passwordHash(), account.enabled(),
                !account.lockedAt(now), account.hasLoginTrouble(), account.caller());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(caller.role().authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
