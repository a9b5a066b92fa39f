package cn.haztrail.shared.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the caller of the current request from Spring Security, for controllers and the audit interceptor. */
@Component
public class CurrentCaller {

    public Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof AccountUserDetails account) {
            return Optional.ofNullable(account.ownCaller());
        }
        if (principal instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    public Caller get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in account"));
    }

    /** The signed-in account's id, also for a person who has not chosen an enterprise to act for. */
    public Optional<String> accountId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUserDetails account) {
            return Optional.of(account.accountId());
        }
        return find().map(Caller::accountId);
    }
}
