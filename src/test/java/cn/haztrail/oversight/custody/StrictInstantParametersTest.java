package cn.haztrail.oversight.custody;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Instants in query parameters are held to the same form as in bodies (R24): 24:00 and a leap second are not
 * times of day this API reads, so they are a 400 naming the parameter, never silently the next day or second.
 */
@IntegrationTest
class StrictInstantParametersTest {

    @Autowired
    Api api;

    @Test
    void R24_an_asOf_at_24_00_is_a_400_naming_the_parameter() throws Exception {
        api.get(Api.ADMIN, "/api/v1/oversight/custody/batches/" + UUID.randomUUID() + "?asOf=2026-12-01T24:00:00Z")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void R24_a_knownAt_on_a_leap_second_is_a_400_naming_the_parameter() throws Exception {
        api.get(Api.ADMIN, "/api/v1/oversight/custody/manifests/" + UUID.randomUUID()
                        + "?knownAt=2026-12-31T23:59:60Z")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("knownAt"));
    }
}
