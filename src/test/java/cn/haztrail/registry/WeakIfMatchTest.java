package cn.haztrail.registry;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * If-Match compares entity tags strongly (RFC 9110 §13.1.1): a weak tag never matches, even one naming the current
 * version, so the write is refused like a stale one (412) and stores nothing.
 */
@IntegrationTest
class WeakIfMatchTest {

    @Autowired
    Api api;
    String receiver;

    @BeforeEach
    void registerReceiver() throws Exception {
        receiver = api.post(Api.ADMIN, "/api/v1/enterprises", RegistryRequests.enterprise("360222", "RECEIVER"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    @Test
    void a_weak_if_match_naming_the_current_version_is_412_naming_the_header_and_stores_nothing() throws Exception {
        var licence = RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE",
                List.of("HW08"), List.of("D10"));
        long before = api.storedEvents();

        api.post(Api.ADMIN, receiver + "/licences", licence, "If-Match", "W/\"0\"")
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(412))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }
}
