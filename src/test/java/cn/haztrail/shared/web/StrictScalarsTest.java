package cn.haztrail.shared.web;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mapper that reads request bodies takes integers and booleans only as JSON numbers and literals; decimals,
 * which the API documents as decimal strings, stay readable from strings.
 */
@IntegrationTest
class StrictScalarsTest {

    record Answer(Boolean matches, BigDecimal value) {
    }

    @Autowired
    JsonMapper json;

    @Test
    void a_boolean_given_as_a_string_is_refused() {
        assertThatThrownBy(() -> json.readValue("{\"matches\":\"true\"}", Answer.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void a_boolean_given_as_a_number_is_refused() {
        assertThatThrownBy(() -> json.readValue("{\"matches\":1}", Answer.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void a_decimal_given_as_a_string_is_read_exactly() {
        assertThat(json.readValue("{\"value\":\"500.250\"}", Answer.class).value()).isEqualByComparingTo("500.25");
    }
}
