package cn.haztrail.shared.web;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RequestBodyLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_body_over_the_limit_is_refused_before_it_is_read_and_stores_nothing() throws Exception {
        long before = new Api(mvc, json, jdbc).storedEvents();
        String huge = "{\"name\": \"" + "危".repeat(400_000) + "\"}";

        mvc.perform(post("/api/v1/enterprises").with(httpBasic("admin", "admin-test"))
                        .contentType(MediaType.APPLICATION_JSON).content(huge).header("Idempotency-Key", "huge-1"))
                .andExpect(status().isContentTooLarge())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://haztrail.cn/problems/body-too-large"));
        assertThat(new Api(mvc, json, jdbc).storedEvents()).isEqualTo(before);
    }

    @Test
    void a_write_of_undeclared_length_is_refused() throws Exception {
        mvc.perform(post("/api/v1/enterprises").with(httpBasic("admin", "admin-test"))
                        .contentType(MediaType.APPLICATION_JSON).header("Transfer-Encoding", "chunked")
                        .with(request -> {
                            request.setContent(null);
                            return request;
                        }))
                .andExpect(status().isLengthRequired());
    }
}
