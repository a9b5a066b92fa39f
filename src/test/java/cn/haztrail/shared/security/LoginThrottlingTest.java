package cn.haztrail.shared.security;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed HTTP Basic sign-ins slow down the source that fails, per (username, client address), and never lock the
 * person out (defaults: 3 free failures, then 1 s doubling up to 15 minutes). Each test signs in as an account of its
 * own from addresses of its own, so other tests' accounts are never slowed down.
 */
@IntegrationTest
class LoginThrottlingTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PASSWORD = "right-password";
    private static final String WRONG = "wrong-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accountService;
    @Autowired
    TestClock clock;

    String username;
    String attacker;
    String person;

    @BeforeEach
    void accountAndAddressesOfItsOwn() {
        int serial = SERIAL.incrementAndGet();
        username = "throttle-test-" + serial + "-" + System.nanoTime();
        accountService.createIfAbsent(username, PASSWORD, Role.PRODUCER, DemoParties.CHEMICAL_PLANT, null);
        attacker = "203.0.113." + serial;
        person = "198.51.100." + serial;
        clock.freeze();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void an_attackers_failures_from_one_address_do_not_stop_the_right_password_from_another() throws Exception {
        for (int i = 0; i < 12; i++) {
            signIn(username, WRONG, attacker);
        }

        signIn(username, PASSWORD, person).andExpect(status().isOk());
    }

    @Test
    void failures_beyond_the_free_ones_make_that_source_wait_with_429_and_retry_after() throws Exception {
        for (int i = 0; i < 4; i++) {
            signIn(username, WRONG, attacker).andExpect(status().isUnauthorized());
        }

        signIn(username, PASSWORD, attacker).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/too-many-sign-ins"));
    }

    @Test
    void the_wait_doubles_with_each_further_failure() throws Exception {
        for (int i = 0; i < 3; i++) {
            signIn(username, WRONG, attacker).andExpect(status().isUnauthorized());
        }
        List<String> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            signIn(username, WRONG, attacker).andExpect(status().isUnauthorized());
            String wait = signIn(username, WRONG, attacker).andExpect(status().isTooManyRequests())
                    .andReturn().getResponse().getHeader("Retry-After");
            waits.add(wait);
            clock.advance(Duration.ofSeconds(Long.parseLong(wait)));
        }

        assertThat(waits).containsExactly("1", "2", "4", "8");
    }

    @Test
    void once_the_wait_is_over_the_right_password_signs_in_and_the_failures_are_forgotten() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(username, WRONG, attacker);
        }
        clock.advance(Duration.ofSeconds(2));
        signIn(username, PASSWORD, attacker).andExpect(status().isOk());

        for (int i = 0; i < 3; i++) {
            signIn(username, WRONG, attacker).andExpect(status().isUnauthorized());
        }
        signIn(username, PASSWORD, attacker).andExpect(status().isOk());
    }

    @Test
    void failures_older_than_an_hour_no_longer_count() throws Exception {
        for (int i = 0; i < 3; i++) {
            signIn(username, WRONG, attacker);
        }
        clock.advance(Duration.ofMinutes(61));

        signIn(username, WRONG, attacker).andExpect(status().isUnauthorized());
        signIn(username, PASSWORD, attacker).andExpect(status().isOk());
    }

    @Test
    void the_answers_for_a_real_and_a_made_up_username_are_indistinguishable() throws Exception {
        String madeUp = "nobody-" + System.nanoTime();

        List<String> real = answers(username, attacker);
        List<String> unknown = answers(madeUp, attacker);

        assertThat(unknown).isEqualTo(real);
        assertThat(real).anySatisfy(answer -> assertThat(answer).startsWith("429"));
    }

    @Test
    void a_disabled_account_is_refused_exactly_like_a_wrong_password() throws Exception {
        jdbc.update("update account set enabled = false where username = ?", username);

        String disabled = answer(signIn(username, PASSWORD, person));
        String wrongPassword = answer(signIn("nobody-" + System.nanoTime(), PASSWORD, person));

        assertThat(disabled).startsWith("401").isEqualTo(wrongPassword);
    }

    @Test
    void a_source_that_must_wait_is_told_so_in_chinese_alike_for_a_real_and_a_made_up_username() throws Exception {
        String madeUp = "nobody-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            signIn(username, WRONG, attacker).andExpect(status().isUnauthorized());
            signIn(madeUp, WRONG, person).andExpect(status().isUnauthorized());
        }

        String real = chineseAnswer(signIn(username, PASSWORD, attacker, "zh-CN"));
        String unknown = chineseAnswer(signIn(madeUp, PASSWORD, person, "zh-CN"));

        assertThat(real).startsWith("429").contains("此来源登录失败次数过多：请稍候再试。").isEqualTo(unknown);
    }

    /** Status, Retry-After and body of eight wrong guesses in a row, waiting one second between them. */
    private List<String> answers(String user, String address) throws Exception {
        List<String> answers = new ArrayList<>();
        clock.reset();
        clock.freeze();
        for (int i = 0; i < 8; i++) {
            answers.add(answer(signIn(user, WRONG, address)));
            clock.advance(Duration.ofMillis(1500));
        }
        return answers;
    }

    private static String answer(ResultActions result) throws Exception {
        MockHttpServletResponse response = result.andReturn().getResponse();
        return response.getStatus() + " " + response.getHeader("Retry-After") + " " + response.getHeader(
                "WWW-Authenticate") + " " + response.getContentAsString().replaceAll("\"instance\":\"[^\"]*\"", "");
    }

    private ResultActions signIn(String user, String password, String address) throws Exception {
        return signIn(user, password, address, null);
    }

    private ResultActions signIn(String user, String password, String address, String language) throws Exception {
        return mvc.perform(get("/api/v1/enterprises").with(httpBasic(user, password)).with(request -> {
            request.setRemoteAddr(address);
            if (language != null) {
                request.addHeader("Accept-Language", language);
            }
            return request;
        }));
    }

    private static String chineseAnswer(ResultActions result) throws Exception {
        MockHttpServletResponse response = result.andReturn().getResponse();
        return response.getStatus() + " " + response.getHeader("Retry-After") + " "
                + response.getContentAsString(StandardCharsets.UTF_8).replaceAll("\"instance\":\"[^\"]*\"", "");
    }
}
