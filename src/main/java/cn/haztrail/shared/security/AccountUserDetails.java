package cn.haztrail.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * An {@link Account} as Spring Security's principal right after its password was checked. An account that may not
 * sign in (not activated, disabled everywhere) carries a hash no password matches instead of its own, so that it is
 * refused after the same password check as a wrong password: same answer, same time, nothing learnt about it.
 * Which enterprise a person acts for is chosen afterwards ({@link ActingForFilter}).
 *
 * @param ownCaller   an administrator's or regulator's caller; null for a person acting through memberships
 * @param memberships the enterprises the person may act for (enabled memberships only)
 */
public record AccountUserDetails(String accountId, String username, String password, Caller ownCaller,
                                 List<Membership> memberships) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return ownCaller == null ? List.of() : List.of(new SimpleGrantedAuthority(ownCaller.role().authority()));
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
