package cn.haztrail.shared.security;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.OwnDatabase;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.concurrent.atomic.AtomicInteger;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HTTP Basic pays the password hash check (BCrypt, 50-100 ms of CPU) once per credentials and period, not on every
 * request, while a changed password, a disabled account or a withdrawn membership takes effect at the next request.
 * Each test signs in as an account of its own.
 */
@SpringBootTest(properties = {OwnDatabase.URL + "haztrail-verified-sign-ins" + OwnDatabase.OPTIONS,
        OwnDatabase.DIALECT})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
class VerifiedSignInsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PASSWORD = "right-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accountService;
    @MockitoSpyBean
    PasswordEncoder passwordEncoder;

    String username;

    @BeforeEach
    void accountOfItsOwn() {
        username = "verified-test-" + SERIAL.incrementAndGet() + "-" + System.nanoTime();
        accountService.createIfAbsent(username, PASSWORD, Role.PRODUCER, DemoParties.CHEMICAL_PLANT, null);
        clearInvocations(passwordEncoder);
    }

    @Test
    void the_same_right_credentials_again_cost_no_second_password_hash_check() throws Exception {
        signIn(PASSWORD).andExpect(status().isOk());
        signIn(PASSWORD).andExpect(status().isOk());
        signIn(PASSWORD).andExpect(status().isOk());

        verify(passwordEncoder, times(1)).matches(any(), any());
    }

    @Test
    void a_wrong_password_is_never_remembered() throws Exception {
        signIn("wrong-password").andExpect(status().isUnauthorized());
        signIn("wrong-password").andExpect(status().isUnauthorized());

        verify(passwordEncoder, times(2)).matches(any(), any());
    }

    @Test
    void after_a_password_change_the_old_password_is_refused_at_once() throws Exception {
        signIn(PASSWORD).andExpect(status().isOk());

        jdbc.update("update account set password_hash = ? where username = ?", passwordEncoder.encode("new-one"),
                username);

        signIn(PASSWORD).andExpect(status().isUnauthorized());
        signIn("new-one").andExpect(status().isOk());
    }

    @Test
    void a_disabled_account_is_refused_at_once() throws Exception {
        signIn(PASSWORD).andExpect(status().isOk());

        jdbc.update("update account set enabled = false where username = ?", username);

        signIn(PASSWORD).andExpect(status().isUnauthorized());
    }

    @Test
    void an_account_whose_last_membership_is_disabled_is_refused_at_once() throws Exception {
        signIn(PASSWORD).andExpect(status().isOk());

        jdbc.update("update account_membership set enabled = false where account_id = "
                + "(select id from account where username = ?)", username);

        signIn(PASSWORD).andExpect(status().isUnauthorized());
    }

    private ResultActions signIn(String password) throws Exception {
        return mvc.perform(get("/api/v1/manifests").with(httpBasic(username, password)));
    }
}
