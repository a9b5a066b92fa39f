package cn.haztrail.shared.web;

import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.shared.security.AccountUserDetailsService;
import cn.haztrail.support.Api;
import cn.haztrail.support.OwnDatabase;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request with the right credentials is never refused as if they were wrong because the server ran short: no
 * pooled connection in time (for the sign-in's account lookup, the throttle's or a query) is 503 problem details
 * with Retry-After, never 401 or 500. The pool here waits 1 s for a connection instead of 10.
 */
// Its own database: a second application context on the shared test database would run a second set of processors
// and take events from the other tests' processors.
@SpringBootTest(properties = {
        OwnDatabase.URL + "haztrail-shortage" + OwnDatabase.OPTIONS, OwnDatabase.DIALECT,
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.maximum-pool-size=6"})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
class ResourceShortageTest {

    private static final String LIST = "/api/v1/manifests?size=100";

    @Autowired
    MockMvc mvc;
    @Autowired
    HikariDataSource dataSource;
    @MockitoSpyBean
    AccountUserDetailsService users;
    @MockitoSpyBean
    ManifestQueries queries;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * Found: a stubbing failed as unfinished when the alerts' processor, still handling the demo history, asked the
     * spied manifest queries on its thread in the middle of it. The processors are left nothing to do first.
     */
    @BeforeEach
    void processorsCaughtUp() throws Exception {
        new StreamingProcessors(new Api(mvc, json, jdbc), jdbc).awaitAllCaughtUp();
    }

    @Test
    void a_sign_in_whose_account_lookup_gets_no_connection_is_503_with_retry_after_not_401() throws Exception {
        doThrow(poolTimeout()).when(unproxied(users)).loadUserByUsername("producer");
        try {
            listAsProducer().andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/overloaded"));
        } finally {
            reset(users);
        }
    }

    @Test
    void a_query_that_gets_no_connection_is_503_with_retry_after_not_500() throws Exception {
        doThrow(poolTimeout()).when(unproxied(queries)).list(any(), any(), any(), anyInt(), eq(100));
        try {
            listAsProducer().andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(jsonPath("$.status").value(503));
        } finally {
            reset(queries);
        }
    }

    @Test
    void with_every_pooled_connection_held_the_right_credentials_get_503_with_retry_after() throws Exception {
        listAsProducer().andExpect(status().isOk());
        List<Connection> held = holdEveryConnection();
        try {
            int status = listAsProducer().andExpect(header().string("Retry-After", "2"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(503);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        listAsProducer().andExpect(status().isOk());
    }

    private ResultActions listAsProducer() throws Exception {
        return mvc.perform(get(LIST).with(httpBasic("producer", "demo")));
    }

    /** Takes connections until the pool has none left; the processors' own attempts wait their turn meanwhile. */
    private List<Connection> holdEveryConnection() throws SQLException {
        List<Connection> held = new ArrayList<>();
        int size = dataSource.getMaximumPoolSize();
        while (held.size() < size) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLTransientConnectionException busy) {
                // another thread had it for a moment: try again
            }
        }
        return held;
    }

    /**
     * The spy itself, not the transactional proxy around it: stubbing through the proxy opens a transaction, which on
     * a busy machine can time out waiting for a connection before the stubbing completes.
     */
    private static <T> T unproxied(T bean) {
        return AopTestUtils.getUltimateTargetObject(bean);
    }

    private static CannotGetJdbcConnectionException poolTimeout() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 1000ms."));
    }
}
