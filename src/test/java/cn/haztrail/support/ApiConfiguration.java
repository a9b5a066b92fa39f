package cn.haztrail.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link Api} over the context's MockMvc, for an {@link IntegrationTest} or a {@link StatementCountingTest} to
 * autowire.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    Api api(MockMvc mvc, JsonMapper json, JdbcTemplate jdbc) {
        return new Api(mvc, json, jdbc);
    }
}
