package cn.haztrail.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * An {@link Account} as Spring Security's principal; carries the {@link Caller} the domain needs. An account that may
 * not sign in (disabled) carries a hash no password matches instead of its own, so that it is refused after the same
 * password check as a wrong password: same answer, same time, nothing learnt about the account.
 */
public record AccountUserDetails(String username, String password, Caller caller) implements UserDetails {

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
}
