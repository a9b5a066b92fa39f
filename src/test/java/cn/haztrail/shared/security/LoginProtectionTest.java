package cn.haztrail.shared.security;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.shared.security.api.AccountLocked;
import cn.haztrail.shared.security.api.AccountUnlocked;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Repeated failed HTTP Basic sign-ins lock an account for a while (defaults: 5 within 15 minutes lock it for 15
 * minutes); lock and unlock are audited in the event store. Each test signs in as an account of its own, so the demo
 * accounts other tests use are never locked.
 */
@IntegrationTest
class LoginProtectionTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PASSWORD = "right-password";
    private static final String WRONG = "wrong-password";
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accountService;
    @Autowired
    AccountRepository accounts;
    @Autowired
    TestClock clock;

    String username;
    String accountId;

    @BeforeEach
    void accountOfItsOwn() {
        username = "login-test-" + SERIAL.incrementAndGet() + "-" + System.nanoTime();
        accountService.createIfAbsent(username, PASSWORD, Role.PRODUCER, DemoParties.CHEMICAL_PLANT, null);
        accountId = accounts.findByUsername(username).orElseThrow().id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused() throws Exception {
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        failFiveTimes();

        JsonNode problem = read(signIn(PASSWORD).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/account-locked")));

        JsonNode locked = only(AccountLocked.class).payload();
        assertThat(locked.get("failures").asInt()).isEqualTo(5);
        Instant lockedAt = Instant.parse(locked.get("lockedAt").asText());
        assertThat(lockedAt).isBetween(before, clock.instant());
        assertThat(Instant.parse(locked.get("lockedUntil").asText())).isEqualTo(lockedAt.plus(LOCK));
        assertThat(problem.get("lockedUntil").asText()).isEqualTo(locked.get("lockedUntil").asText());
        assertThat(problem.toString()).doesNotContain(username).doesNotContain("failures");
    }

    @Test
    void guesses_during_the_lock_are_not_counted_and_do_not_extend_it() throws Exception {
        failFiveTimes();
        for (int i = 0; i < 5; i++) {
            signIn(WRONG).andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/account-locked"));
        }

        assertThat(stored(AccountLocked.class)).hasSize(1);
        clock.advance(LOCK);
        signIn(PASSWORD).andExpect(status().isOk());
    }

    @Test
    void the_lock_ends_by_itself_and_its_end_is_recorded_as_of_the_lock_period() throws Exception {
        failFiveTimes();
        Instant lockedUntil = Instant.parse(only(AccountLocked.class).payload().get("lockedUntil").asText());

        clock.advance(LOCK.minusSeconds(5));
        signIn(PASSWORD).andExpect(status().isUnauthorized());
        assertThat(stored(AccountUnlocked.class)).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        signIn(PASSWORD).andExpect(status().isOk());

        StoredEvent unlocked = only(AccountUnlocked.class);
        assertThat(unlocked.payload().get("reason").asText()).isEqualTo("EXPIRED");
        assertThat(unlocked.payload().get("unlockedBy").asText()).isEqualTo("system");
        assertThat(Instant.parse(unlocked.payload().get("unlockedAt").asText())).isEqualTo(lockedUntil);
        assertThat(unlocked.metaData().get("accountId").asText()).isEqualTo("system");
        assertThat(Instant.parse(unlocked.metaData().get("businessTime").asText())).isEqualTo(lockedUntil);
    }

    @Test
    void an_administrator_unlocks_a_locked_account_and_is_recorded_as_having_done_it() throws Exception {
        failFiveTimes();

        mvc.perform(post("/api/v1/accounts/" + username + "/unlock").with(httpBasic(Api.ADMIN, "admin-test")))
                .andExpect(status().isNoContent());

        signIn(PASSWORD).andExpect(status().isOk());
        StoredEvent unlocked = only(AccountUnlocked.class);
        String adminId = accounts.findByUsername(Api.ADMIN).orElseThrow().id();
        assertThat(unlocked.payload().get("reason").asText()).isEqualTo("ADMIN");
        assertThat(unlocked.payload().get("unlockedBy").asText()).isEqualTo(adminId);
        assertThat(unlocked.metaData().get("accountId").asText()).isEqualTo(adminId);
        assertThat(unlocked.metaData().get("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void R21_only_an_administrator_unlocks_and_an_unknown_account_is_404() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + username + "/unlock").with(httpBasic("producer", Api.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/nobody-" + System.nanoTime() + "/unlock")
                        .with(httpBasic(Api.ADMIN, "admin-test")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/" + username + "/unlock").with(httpBasic(Api.ADMIN, "admin-test")))
                .andExpect(status().isNoContent());
        assertThat(stored(AccountUnlocked.class)).as("an account that was not locked").isEmpty();
    }

    @Test
    void failures_arriving_at_once_are_each_counted_and_lock_the_account_once() throws Exception {
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return signIn(WRONG).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(only(AccountLocked.class).payload().get("failures").asInt()).isEqualTo(5);
        signIn(PASSWORD).andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/account-locked"));
    }

    @Test
    void a_successful_sign_in_forgets_the_failures_before_it() throws Exception {
        failTimes(4);
        signIn(PASSWORD).andExpect(status().isOk());
        failTimes(4);

        signIn(PASSWORD).andExpect(status().isOk());
        assertThat(stored(AccountLocked.class)).isEmpty();
    }

    @Test
    void failures_count_within_the_window_only() throws Exception {
        failTimes(4);
        clock.advance(Duration.ofMinutes(15));
        failTimes(4);

        signIn(PASSWORD).andExpect(status().isOk());
        assertThat(stored(AccountLocked.class)).isEmpty();
    }

    @Test
    void an_unknown_username_is_refused_exactly_like_a_wrong_password() throws Exception {
        String unknown = "nobody-" + System.nanoTime();
        String wrongPassword = signIn(WRONG).andReturn().getResponse().getContentAsString();
        for (int i = 0; i < 6; i++) {
            String unknownUser = mvc.perform(get("/api/v1/enterprises").with(httpBasic(unknown, WRONG)))
                    .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
            assertThat(unknownUser).isEqualTo(wrongPassword);
        }
    }

    private void failFiveTimes() throws Exception {
        failTimes(5);
    }

    private void failTimes(int times) throws Exception {
        for (int i = 0; i < times; i++) {
            signIn(WRONG).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/unauthenticated"));
        }
    }

    private ResultActions signIn(String password) throws Exception {
        return mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, password)));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private StoredEvent only(Class<?> type) {
        List<StoredEvent> events = stored(type);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** This test's account's events of the type, in the order they were stored. */
    private List<StoredEvent> stored(Class<?> type) {
        return jdbc.query("select payload, meta_data from domain_event_entry where payload_type = ? "
                        + "order by global_index", (rs, row) -> new StoredEvent(
                        json.readTree(new String(rs.getBytes("payload"), StandardCharsets.UTF_8)),
                        json.readTree(new String(rs.getBytes("meta_data"), StandardCharsets.UTF_8))),
                type.getName()).stream()
                .filter(event -> accountId.equals(event.payload().get("accountId").asText())).toList();
    }

    private record StoredEvent(JsonNode payload, JsonNode metaData) {
    }
}
