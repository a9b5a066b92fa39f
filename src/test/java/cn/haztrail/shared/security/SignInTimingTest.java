package cn.haztrail.shared.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Unknown usernames and accounts that may not sign in cost the same password check as a wrong password, so the time
 * of the answer tells nothing either: counted here as BCrypt comparisons, not measured as time.
 */
class SignInTimingTest {

    private final AtomicInteger comparisons = new AtomicInteger();
    private final AccountRepository accounts = mock(AccountRepository.class);
    private DaoAuthenticationProvider provider;
    private PasswordEncoder realEncoder;

    @BeforeEach
    void provider() {
        realEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return realEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                comparisons.incrementAndGet();
                return realEncoder.matches(raw, encoded);
            }
        };
        provider = new DaoAuthenticationProvider(
                new AccountUserDetailsService(accounts, mock(JdbcTemplate.class), counting));
        provider.setPasswordEncoder(counting);
    }

    @Test
    void an_unknown_username_is_checked_against_a_dummy_hash() {
        when(accounts.findByUsername("nobody")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> signIn("nobody", "guess-guess-guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void an_account_not_yet_activated_is_checked_like_a_wrong_password() {
        when(accounts.findByUsername("pending")).thenReturn(Optional.of(
                new Account("a-1", "pending", null, null, null, null)));

        assertThatThrownBy(() -> signIn("pending", "guess-guess-guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void a_wrong_password_of_a_real_account_costs_one_check_too() {
        when(accounts.findByUsername("regulator")).thenReturn(Optional.of(new Account("a-2", "regulator",
                realEncoder.encode("the right passphrase"), Role.REGULATOR, null, "360200")));

        assertThatThrownBy(() -> signIn("regulator", "guess-guess-guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons).hasValue(1);
    }

    private void signIn(String username, String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
