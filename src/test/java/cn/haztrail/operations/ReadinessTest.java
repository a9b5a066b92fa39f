package cn.haztrail.operations;

import cn.haztrail.support.OwnDatabase;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Readiness is separate from liveness: while the startup runners load the demo data (migrations ran before, while
 * nothing listened yet), the node is alive but not ready, so a load balancer sends it nothing; once started it is
 * both. Both probes answer without sign-in.
 */
@SpringBootTest(properties = {OwnDatabase.URL + "haztrail-readiness" + OwnDatabase.OPTIONS, OwnDatabase.DIALECT})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
class ReadinessTest {

    /** What the probes said while the startup runners ran (this one runs among them, after the demo data). */
    static final List<String> DURING_STARTUP = new ArrayList<>();

    @Autowired
    MockMvc mvc;

    @Test
    void while_the_demo_data_loads_the_node_is_alive_but_not_ready_and_afterwards_ready() throws Exception {
        assertThat(DURING_STARTUP).containsExactly("readiness OUT_OF_SERVICE", "liveness UP");

        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbesDuringStartup {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner recordProbes(HealthEndpoint health) {
            return arguments -> {
                DURING_STARTUP.add("readiness " + health.healthForPath("readiness").getStatus());
                DURING_STARTUP.add("liveness " + health.healthForPath("liveness").getStatus());
            };
        }
    }
}
