package cn.haztrail.shared.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's username and password check, which loads the account on every sign-in as before, with BCrypt
 * skipped when {@link VerifiedSignIns} remembers that these very credentials matched the account's current hash.
 */
class RememberingPasswordCheck extends DaoAuthenticationProvider {

    private final VerifiedSignIns verified;

    RememberingPasswordCheck(UserDetailsService users, PasswordEncoder encoder, VerifiedSignIns verified) {
        super(users);
        setPasswordEncoder(encoder);
        this.verified = verified;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken login) {
        if (!(login.getCredentials() instanceof String password)) {
            throw new BadCredentialsException("No password");
        }
        if (verified.remembers(user.getUsername(), password, user.getPassword())) {
            return;
        }
        super.additionalAuthenticationChecks(user, login);
        verified.remember(user.getUsername(), password, user.getPassword());
    }
}
