package cn.haztrail.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91360200MA35G8XK2H", "12360200491567032D", "91440300MA5F3LNE70", "91350100M000100Y43"})
    void R01_valid_codes_pass(String code) {
        assertThat(CreditCode.problemWith(code)).isEmpty();
    }

    @Test
    void R01_a_wrong_check_character_is_found() {
        assertThat(CreditCode.problemWith("91360200MA35G8XK2J")).contains("check character does not match (GB 32100-2015)");
    }

    @Test
    void R01_letters_outside_the_alphabet_are_refused() {
        assertThat(CreditCode.problemWith("91360200MA35G8XKIH")).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("character 17 is not allowed"));
    }

    @Test
    void R01_the_region_segment_must_be_digits() {
        String first17 = "91AB0200MA35G8XK2";
        assertThat(CreditCode.problemWith(first17 + CreditCode.checkCharacter(first17)))
                .contains("characters 3 to 8 must be the region code digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91360200MA35G8XK2", "91360200MA35G8XK2HH"})
    void R01_codes_of_another_length_are_refused(String code) {
        assertThat(CreditCode.problemWith(code)).contains("must have 18 characters (GB 32100-2015)");
    }
}
