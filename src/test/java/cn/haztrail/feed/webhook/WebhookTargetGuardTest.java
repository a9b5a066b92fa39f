package cn.haztrail.feed.webhook;

import cn.haztrail.support.Api;
import cn.haztrail.support.OwnDatabase;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks never reach the platform's own network: with loopback refused as in production, a non-public address is
 * refused at subscription, and a name that resolved public then is checked again at every delivery. Its own context
 * and database: loopback is refused here, and its resolver may lie about "localhost".
 */
@SpringBootTest(properties = {OwnDatabase.URL + "haztrail-webhook-targets" + OwnDatabase.OPTIONS, OwnDatabase.DIALECT,
        "haztrail.webhooks.allow-loopback=false"})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@Import(WebhookTargetGuardTest.Resolver.class)
class WebhookTargetGuardTest {

    /** A public address (RFC 5737 has none to spare for this: documentation blocks are refused too). */
    private static final String PUBLIC = "93.184.215.14";

    @TestConfiguration(proxyBeanMethods = false)
    static class Resolver {
        @Bean
        @Primary
        RebindingResolver rebindingResolver() {
            return new RebindingResolver();
        }
    }

    /** The system's resolver, except that "localhost" may be made to answer a public address for a while. */
    static class RebindingResolver implements WebhookHostResolver {
        private volatile InetAddress localhostAnswer;

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            InetAddress answer = localhostAnswer;
            return host.equals("localhost") && answer != null ? List.of(answer) : List.of(InetAddress.getAllByName(host));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RebindingResolver resolver;
    Api api;
    Deliveries deliveries;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        deliveries = new Deliveries(api, jdbc);
    }

    @AfterEach
    void truthfulAgain() {
        resolver.localhostAnswer = null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[fd00::1]/hook", "http://[fc00::1]/hook", "http://100.64.0.1/hook",
            "http://198.18.0.1/hook", "http://224.0.0.1/hook", "http://255.255.255.255/hook",
            "http://[::ffff:127.0.0.1]/hook", "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/hook",
            "http://127.0.0.1/hook", "http://localhost/hook", "https://[fe80::1]/hook", "http://192.0.2.1/hook",
            "http://240.0.0.1/hook", "http://0.0.0.0/hook", "http://[2001:db8::1]/hook", "http://[::1]:8080/hook"})
    void a_webhook_to_a_non_public_address_is_refused_at_subscription(String url) throws Exception {
        api.post("producer", "/api/v1/webhooks", Map.of("url", url))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("must go to a public address")));

        assertThat(jdbc.queryForObject("select count(*) from webhook_subscription where url = ?", Long.class, url))
                .isZero();
    }

    @Test
    void a_webhook_to_a_public_address_is_accepted() throws Exception {
        deliveries.unsubscribe("producer", deliveries.subscribe("producer", "https://" + PUBLIC + "/hook"));
    }

    @Test
    void a_host_that_resolves_to_loopback_at_delivery_is_not_delivered_to() throws Exception {
        try (HookReceiver receiver = new HookReceiver(204)) {
            resolver.localhostAnswer = InetAddress.getByName(PUBLIC);
            String subscription = deliveries.subscribe("producer", "http://localhost:" + receiver.port() + "/hook");
            resolver.localhostAnswer = null; // rebound: the name now resolves to this machine

            String batch = deliveries.registerBatch("producer");
            Deliveries.await("a failed attempt", () -> deliveries.attempted(subscription, batch));

            assertThat(deliveries.of(subscription, batch).get("last_error")).asString()
                    .contains("must go to a public address").contains("loopback");
            assertThat(receiver.paths()).as("requests that reached the loopback receiver").isEmpty();
            deliveries.unsubscribe("producer", subscription);
        }
    }
}
