package cn.haztrail.operations;

import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Operators read the installation's state on /actuator/prometheus: administrators only, since it names processors,
 * volumes and failures. After a custody trip the streaming processors catch up with the store's head (lag 0), and
 * dead letters, the webhook outbox, deadlines, sign-in failures and the connection pool are all reported.
 */
@IntegrationTest
class OperationsMetricsTest {

    private static final String METRICS = "/actuator/prometheus";
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(2);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_metrics_endpoint_needs_an_administrators_sign_in() throws Exception {
        mvc.perform(get(METRICS)).andExpect(status().isUnauthorized());
        mvc.perform(get(METRICS).with(httpBasic("producer", Api.DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get(METRICS).with(httpBasic("regulator-jdz", Api.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get(METRICS).with(httpBasic("admin", "admin-test"))).andExpect(status().isOk());
    }

    @Test
    void after_a_custody_trip_every_streaming_processor_catches_up_and_the_named_gauges_are_sane() throws Exception {
        new CustodyFlow(new Api(mvc, json, jdbc)).submittedOil(2);
        mvc.perform(get("/api/v1/manifests").with(httpBasic("producer", "not-the-password")))
                .andExpect(status().isUnauthorized());

        String metrics = waitUntilCaughtUp();

        assertThat(value(metrics, "haztrail_store_head", Map.of())).hasValueSatisfying(
                head -> assertThat(head).isPositive());
        for (String processor : new String[]{"oversight", "feed"}) {
            assertThat(value(metrics, "haztrail_processor_lag_events", Map.of("processor", processor)))
                    .as("lag of " + processor).hasValue(0.0);
            assertThat(value(metrics, "haztrail_processor_dead_letters_events", Map.of("processor", processor)))
                    .as("dead letters of " + processor).hasValueSatisfying(n -> assertThat(n).isNotNegative());
        }
        for (String gauge : new String[]{"haztrail_webhook_backlog", "haztrail_webhook_retrying",
                "haztrail_webhook_failed", "haztrail_deadlines_due", "haztrail_deadlines_overdue"}) {
            assertThat(value(metrics, gauge, Map.of())).as(gauge)
                    .hasValueSatisfying(n -> assertThat(n).isNotNegative());
        }
        assertThat(value(metrics, "haztrail_signin_failures_total", Map.of()))
                .hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));
        assertThat(value(metrics, "haztrail_signin_throttled_total", Map.of())).isPresent();
        assertThat(value(metrics, "haztrail_http_shed_total", Map.of())).isPresent();
        assertThat(value(metrics, "hikaricp_connections_max", Map.of()))
                .hasValueSatisfying(n -> assertThat(n).isPositive());
        assertThat(value(metrics, "hikaricp_connections_active", Map.of())).isPresent();
        assertThat(value(metrics, "hikaricp_connections_pending", Map.of())).isPresent();
    }

    /** The processors run on their own threads: scrape until every lag is 0 (readings refresh every few seconds). */
    private String waitUntilCaughtUp() throws Exception {
        Instant limit = Instant.now().plus(CATCH_UP_LIMIT);
        while (true) {
            String metrics = scrape();
            boolean caughtUp = Pattern.compile("(?m)^haztrail_processor_lag_events\\{[^}]*} (\\S+)$")
                    .matcher(metrics).results().allMatch(m -> Double.parseDouble(m.group(1)) == 0.0);
            if (caughtUp && metrics.contains("haztrail_processor_lag_events{") || Instant.now().isAfter(limit)) {
                return metrics;
            }
            Thread.sleep(500);
        }
    }

    private String scrape() throws Exception {
        return mvc.perform(get(METRICS).with(httpBasic("admin", "admin-test"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The value of one series of the Prometheus text format, chosen by name and (some of) its labels. */
    private static Optional<Double> value(String metrics, String name, Map<String, String> labels) {
        Matcher lines = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(metrics);
        while (lines.find()) {
            String found = lines.group(1) == null ? "" : lines.group(1);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                return Optional.of(Double.parseDouble(lines.group(2)));
            }
        }
        return Optional.empty();
    }
}
