package cn.haztrail.catalogue;

import static cn.haztrail.catalogue.HazardCharacteristic.C;
import static cn.haztrail.catalogue.HazardCharacteristic.I;
import static cn.haztrail.catalogue.HazardCharacteristic.In;
import static cn.haztrail.catalogue.HazardCharacteristic.R;
import static cn.haztrail.catalogue.HazardCharacteristic.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HazardRequirementTest {

    @Test
    void R06_batch_cannot_drop_certain_characteristic() {
        HazardRequirement ti = HazardRequirement.parse("T,I");

        assertThat(ti.isSatisfiedBy(Set.of(I))).isFalse();
        assertThat(ti.violations(Set.of(I))).containsExactly(
                "must carry T（毒性）: the catalogue notation T,I makes it certain");
        assertThat(ti.isSatisfiedBy(Set.of())).isFalse();
    }

    @Test
    void R06_batch_with_certain_characteristic_need_not_carry_the_possible_ones() {
        HazardRequirement ti = HazardRequirement.parse("T,I");

        assertThat(ti.isSatisfiedBy(Set.of(T))).isTrue();
        assertThat(ti.isSatisfiedBy(Set.of(T, I))).isTrue();
        assertThat(ti.violations(Set.of(T))).isEmpty();
    }

    @Test
    void R06_the_first_listed_is_certain_whatever_its_letter() {
        HazardRequirement ct = HazardRequirement.parse("C,T");

        assertThat(ct.certain()).containsExactly(C);
        assertThat(ct.isSatisfiedBy(Set.of(C))).isTrue();
        assertThat(ct.isSatisfiedBy(Set.of(T))).isFalse();
    }

    @Test
    void R06_slash_notation_needs_at_least_one_of_them() {
        HazardRequirement tc = HazardRequirement.parse("T/C");

        assertThat(tc.isSatisfiedBy(Set.of(C))).isTrue();
        assertThat(tc.isSatisfiedBy(Set.of(T))).isTrue();
        assertThat(tc.isSatisfiedBy(Set.of(I, R))).isFalse();
        assertThat(tc.violations(Set.of(I))).containsExactly(
                "must carry at least one of T（毒性）/C（腐蚀性）: the catalogue notation T/C means one or more of them");
        assertThat(tc.certain()).isEmpty();
        assertThat(tc.oneOrMoreOf()).containsExactly(T, C);
    }

    @Test
    void R06_single_In_requires_infectivity() {
        HazardRequirement in = HazardRequirement.parse("In");

        assertThat(in.certain()).containsExactly(In);
        assertThat(in.isSatisfiedBy(Set.of(In))).isTrue();
        assertThat(in.isSatisfiedBy(Set.of(T))).isFalse();
    }

    @Test
    void R06_batch_may_add_characteristics() {
        assertThat(HazardRequirement.parse("T").isSatisfiedBy(Set.of(T, C, I, R, In))).isTrue();
        assertThat(HazardRequirement.parse("T/In").isSatisfiedBy(Set.of(In, C))).isTrue();
    }

    @Test
    void notation_is_kept_as_printed() {
        for (String notation : new String[] {"T", "In", "C,T", "R,C", "T,I,C", "T/C/I/R", "T/C/I/R/In", "T/In"}) {
            assertThat(HazardRequirement.parse(notation).notation()).isEqualTo(notation);
        }
    }

    @Test
    void explains_the_notation_in_chinese_and_english() {
        assertThat(HazardRequirement.parse("T,I").explanationZh()).isEqualTo("具有毒性，可能具有易燃性");
        assertThat(HazardRequirement.parse("T,I").explanation()).isEqualTo("toxicity certain; ignitability possible");
        assertThat(HazardRequirement.parse("T/In").explanationZh()).isEqualTo("具有毒性、感染性中的一种或多种");
        assertThat(HazardRequirement.parse("In").explanation()).isEqualTo("infectivity certain");
    }

    @Test
    void malformed_notation_is_refused() {
        assertThatThrownBy(() -> HazardRequirement.parse("T,I/R")).hasMessageContaining("mixes");
        assertThatThrownBy(() -> HazardRequirement.parse("T,X")).hasMessageContaining("unknown hazard characteristic");
        assertThatThrownBy(() -> HazardRequirement.parse("IN")).hasMessageContaining("unknown hazard characteristic");
        assertThatThrownBy(() -> HazardRequirement.parse("T,T")).hasMessageContaining("once each");
        assertThatThrownBy(() -> HazardRequirement.parse("")).hasMessageContaining("empty");
    }

    @Test
    void characteristics_serialize_as_their_codes() {
        assertThat(JsonMapper.builder().build().writeValueAsString(HazardCharacteristic.values()))
                .isEqualTo("[\"T\",\"C\",\"I\",\"R\",\"In\"]");
        assertThat(In.labelZh()).isEqualTo("感染性");
    }
}
