package cn.haztrail.oversight.integrity;

import cn.haztrail.support.Api;
import cn.haztrail.support.OwnDatabase;
import cn.haztrail.support.TestClock;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R23: a seal on demand within haztrail.integrity.on-demand-seal-interval of the latest seal is refused with 429 and
 * Retry-After; once the interval has passed (on the test clock) it is taken. Each test starts an hour later on the
 * clock than the one before, so the previous test's seals do not count.
 */
// Its own database and limit: the shared context seals without a limit, one test after the other.
@SpringBootTest(properties = {OwnDatabase.URL + "haztrail-seal-rate" + OwnDatabase.OPTIONS, OwnDatabase.DIALECT,
        "haztrail.integrity.on-demand-seal-interval=PT1M"})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
class SealRateLimitTest {

    private static final String SEALS = "/api/v1/oversight/integrity/seals";
    private static final AtomicInteger HOURS = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private Api api;

    @BeforeEach
    void anHourAfterThePreviousTest() {
        api = new Api(mvc, json, jdbc);
        clock.advance(Duration.ofHours(HOURS.incrementAndGet()));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void R23_a_second_seal_on_demand_within_the_interval_is_429_with_retry_after() throws Exception {
        api.post("regulator-jdz", SEALS, Map.of()).andExpect(status().isCreated());
        clock.advance(Duration.ofSeconds(20));

        var refused = api.post(Api.ADMIN, SEALS, Map.of()).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/too-many-seals"))
                .andReturn().getResponse();

        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(39L, 41L);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void R23_a_seal_on_demand_is_taken_once_the_interval_has_passed() throws Exception {
        api.post("regulator-jdz", SEALS, Map.of()).andExpect(status().isCreated());
        clock.advance(Duration.ofSeconds(61));

        api.post("regulator-jdz", SEALS, Map.of()).andExpect(status().isCreated());
    }
}
