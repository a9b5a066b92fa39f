package cn.haztrail.batch;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Request fields are read as exactly what they are documented to be: a count is a JSON integer, an instant a real
 * time of day (no 24:00, no leap second), an optional text is left out rather than sent blank. Each refusal is a 400
 * naming the field, and nothing is stored.
 */
@IntegrationTest
class StrictRequestFieldsTest {

    @Autowired
    Api api;

    @Test
    void a_count_given_as_a_string_is_refused_naming_the_field() throws Exception {
        var batch = BatchRequests.oil();
        batch.put("packaging", Map.of("type", "DRUM", "count", "1"));

        assertRefusedNaming(batch, "packaging.count");
    }

    @Test
    void a_time_of_24_00_is_refused_naming_the_field() throws Exception {
        var batch = BatchRequests.oil();
        batch.put("generatedAt", "2026-11-19T24:00:00Z");

        assertRefusedNaming(batch, "generatedAt");
    }

    @Test
    void a_leap_second_is_refused_naming_the_field() throws Exception {
        var batch = BatchRequests.oil();
        batch.put("generatedAt", "2026-11-19T23:59:60Z");

        assertRefusedNaming(batch, "generatedAt");
    }

    @Test
    void a_blank_edition_is_refused_naming_the_field() throws Exception {
        var batch = BatchRequests.oil();
        batch.put("edition", " ");

        assertRefusedNaming(batch, "edition");
    }

    @Test
    void a_quantity_documented_as_a_decimal_string_is_still_read() throws Exception {
        var batch = BatchRequests.oil();
        batch.put("quantity", Map.of("value", "500", "unit", "kg"));

        api.post("producer", "/api/v1/batches", batch).andExpect(status().isCreated())
                .andExpect(jsonPath("$.quantity.value").value("500.000"));
    }

    private void assertRefusedNaming(Map<String, Object> batch, String field) throws Exception {
        long before = api.storedEvents();
        ResultActions answer = api.post("producer", "/api/v1/batches", batch);

        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(api.storedEvents()).isEqualTo(before);
    }
}
