package cn.haztrail.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class WasteCodeTest {

    @Test
    void category_is_the_last_two_digits() {
        WasteCode code = WasteCode.parse("900-041-49");

        assertThat(code.category()).isEqualTo(WasteCategory.parse("HW49"));
        assertThat(code.category().code()).isEqualTo("HW49");
    }

    @Test
    void compact_form_has_eight_digits_and_converts_back() {
        WasteCode code = WasteCode.parse("900-249-08");

        assertThat(code.compact()).isEqualTo("90024908");
        assertThat(WasteCode.fromCompact("90024908")).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"900-041-4", "900041-49", "900-041-49 ", "９００-041-49", "abc-def-gh", ""})
    void malformed_codes_are_refused(String value) {
        assertThatThrownBy(() -> WasteCode.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"900-000-41", "900-000-44", "900-000-00", "900-000-51"})
    void codes_of_categories_that_do_not_exist_are_refused(String value) {
        assertThatThrownBy(() -> WasteCode.parse(value)).hasMessageContaining("does not exist");
    }

    @Test
    void categories_are_HW01_to_HW40_and_HW45_to_HW50() {
        assertThat(WasteCategory.exists(1)).isTrue();
        assertThat(WasteCategory.exists(40)).isTrue();
        assertThat(WasteCategory.exists(41)).isFalse();
        assertThat(WasteCategory.exists(44)).isFalse();
        assertThat(WasteCategory.exists(45)).isTrue();
        assertThat(WasteCategory.exists(50)).isTrue();
        assertThatThrownBy(() -> WasteCategory.parse("HW41")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WasteCategory.parse("hw08")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WasteCategory.parse("HW01").isMedical()).isTrue();
    }

    @Test
    void json_form_is_the_plain_string() {
        JsonMapper mapper = JsonMapper.builder().build();
        record Holder(WasteCode code, WasteCategory category) {
        }

        String json = mapper.writeValueAsString(new Holder(WasteCode.parse("900-041-49"), WasteCategory.parse("HW49")));

        assertThat(json).isEqualTo("{\"code\":\"900-041-49\",\"category\":\"HW49\"}");
        assertThat(mapper.readValue(json, Holder.class).code()).isEqualTo(WasteCode.parse("900-041-49"));
        assertThat(mapper.readValue(json, Holder.class).category()).isEqualTo(WasteCategory.parse("HW49"));
    }
}
