package cn.haztrail.bench;

import cn.haztrail.shared.security.AccountUserDetails;
import cn.haztrail.shared.security.ActingAs;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo accounts as they stand after login (the password check is left out: with JWTs in production it is not paid
 * per request, and BCrypt would dominate every figure), to act as on the current thread. A person who acts through
 * the membership of one enterprise acts for it, as the API's sign-in makes it for a member of one.
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
            if (user instanceof AccountUserDetails account && account.ownCaller() == null
                    && account.memberships().size() == 1) {
                return actingFor(account);
            }
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        });
    }

    private static Authentication actingFor(AccountUserDetails account) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            ActingAs.membership(account, account.memberships().get(0));
            return SecurityContextHolder.getContext().getAuthentication();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Makes {@code username} the caller of what this thread does next. */
    public void actAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(as(username));
    }
}
