package cn.haztrail.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** An {@link Account} as Spring Security's principal; carries the {@link Caller} the domain needs. */
public record AccountUserDetails(String username, String password, boolean enabled, Caller caller)
        implements UserDetails {

    static AccountUserDetails of(Account account) {
        return new AccountUserDetails(account.username(), account.passwordHash(), account.enabled(), account.caller());
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
    public boolean isEnabled() {
        return enabled;
    }
}
