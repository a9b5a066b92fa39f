package cn.haztrail.shared.security;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Answers carry the standard security headers, errors included. */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answers_are_not_sniffed_framed_cached_or_referred() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        for (ResultActions answer : new ResultActions[]{
                api.get("producer", "/api/v1/enterprises"), api.anonymousGet("/api/v1/enterprises")}) {
            answer.andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Cache-Control", containsString("no-store")))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"));
        }
    }
}
