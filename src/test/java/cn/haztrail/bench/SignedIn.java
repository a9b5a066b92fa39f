package cn.haztrail.bench;

import cn.haztrail.shared.security.AccountUserDetails;
import cn.haztrail.shared.security.Caller;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo accounts as they stand after login (the password check is left out: with JWTs in production it is not paid
 * per request, and BCrypt would dominate every figure), to act as on the current thread.
 */
public final class SignedIn {

    private final UserDetailsService users;
    private final Map<String, Authentication> signedIn = new ConcurrentHashMap<>();

    public SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public Authentication as(String username) {
        return signedIn.computeIfAbsent(username, name -> {
            UserDetails user = users.loadUserByUsername(name);
            // A person acts through a membership (X-Acting-For on the web): the first one, as the demo's have one.
            if (user instanceof AccountUserDetails account && account.ownCaller() == null) {
                Caller caller = account.memberships().get(0).callerFor(account.accountId());
                return UsernamePasswordAuthenticationToken.authenticated(caller, null,
                        List.of(new SimpleGrantedAuthority(caller.role().authority())));
            }
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        });
    }

    /** Makes {@code username} the caller of what this thread does next. */
    public void actAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(as(username));
    }
}
