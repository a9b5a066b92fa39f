package cn.haztrail.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegionDirectoryTest {

    private static final RegionDirectory regions = TestReferenceData.regionDirectory();

    @Test
    void loads_every_division_of_2024() {
        assertThat(regions.all()).hasSize(3213);
        assertThat(regions.all()).filteredOn(r -> r.level() == RegionLevel.PROVINCE).hasSize(34);
        assertThat(regions.all()).filteredOn(r -> r.level() == RegionLevel.PREFECTURE).hasSize(333);
        assertThat(regions.all()).filteredOn(r -> r.code().startsWith("36")).hasSize(112);
    }

    @Test
    void finds_a_county_with_its_parent() {
        assertThat(regions.find("360203")).contains(
                new Region("360203", "珠山区", RegionLevel.COUNTY, "360200"));
        assertThat(regions.exists("360203")).isTrue();
        assertThat(regions.exists("360299")).isFalse();
        assertThat(regions.exists(null)).isFalse();
    }

    @Test
    void province_and_city_of_an_ordinary_county() {
        assertThat(regions.provinceOf("360203")).get().extracting(Region::name).isEqualTo("江西省");
        assertThat(regions.cityOf("360203")).get().extracting(Region::name).isEqualTo("景德镇市");
        assertThat(regions.cityOf("360200")).get().extracting(Region::code).isEqualTo("360200");
        assertThat(regions.cityOf("360000")).get().extracting(Region::code).isEqualTo("360000");
    }

    @Test
    void city_of_a_county_directly_under_a_province_is_the_province() {
        assertThat(regions.cityOf("110101")).get().extracting(Region::name).isEqualTo("北京市");
        assertThat(regions.cityOf("419001")).get().extracting(Region::name).isEqualTo("河南省");
        assertThat(regions.cityOf("469001")).get().extracting(Region::code).isEqualTo("460000");
        assertThat(regions.provinceOf("110101")).get().extracting(Region::code).isEqualTo("110000");
    }

    @Test
    void unknown_codes_have_no_province_or_city() {
        assertThat(regions.provinceOf("369999")).isEmpty();
        assertThat(regions.cityOf("999999")).isEmpty();
    }

    @Test
    void a_province_contains_its_cities_and_counties() {
        assertThat(regions.contains("360000", "360203")).isTrue();
        assertThat(regions.contains("360000", "360200")).isTrue();
        assertThat(regions.contains("360000", "360000")).isTrue();
        assertThat(regions.contains("360000", "110101")).isFalse();
        assertThat(regions.contains("410000", "419001")).isTrue();
    }

    @Test
    void a_city_contains_its_counties_only() {
        assertThat(regions.contains("360200", "360203")).isTrue();
        assertThat(regions.contains("360200", "360200")).isTrue();
        assertThat(regions.contains("360200", "360000")).isFalse();
        assertThat(regions.contains("360200", "360102")).isFalse();
    }

    @Test
    void a_county_contains_only_itself() {
        assertThat(regions.contains("360203", "360203")).isTrue();
        assertThat(regions.contains("360203", "360202")).isFalse();
        assertThat(regions.contains("360203", "360200")).isFalse();
    }

    @Test
    void unknown_codes_lie_in_no_jurisdiction() {
        assertThat(regions.contains("360000", "369999")).isFalse();
        assertThat(regions.contains("369900", "369901")).isFalse();
    }

    @Test
    void a_missing_parent_is_refused() {
        Region orphan = new Region("360203", "珠山区", RegionLevel.COUNTY, "360200");

        assertThatThrownBy(() -> new RegionDirectory(List.of(orphan))).hasMessageContaining("unknown parent 360200");
    }
}
