package cn.haztrail.catalogue;

import static cn.haztrail.catalogue.HazardCharacteristic.C;
import static cn.haztrail.catalogue.HazardCharacteristic.In;
import static cn.haztrail.catalogue.HazardCharacteristic.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WasteCatalogueTest {

    private static final WasteCatalogue catalogue = TestReferenceData.wasteCatalogue();

    @Test
    void edition_2021_has_467_entries_in_46_categories() {
        assertThat(catalogue.editions()).containsExactly("2021");
        assertThat(catalogue.currentEdition()).isEqualTo("2021");
        assertThat(catalogue.search("2021", null, null, 0, 1000).total()).isEqualTo(467);
        List<CatalogueCategory> categories = catalogue.categories("2021");
        assertThat(categories).hasSize(46);
        assertThat(categories).extracting(c -> c.category().code()).doesNotContain("HW41", "HW42", "HW43", "HW44")
                .startsWith("HW01", "HW02").endsWith("HW49", "HW50");
        assertThat(categories.stream().mapToInt(CatalogueCategory::entryCount).sum()).isEqualTo(467);
        assertThat(categories.get(7)).isEqualTo(
                new CatalogueCategory(WasteCategory.parse("HW08"), "废矿物油与含矿物油废物", 32));
    }

    @Test
    void every_code_belongs_to_the_category_of_its_last_two_digits() {
        assertThat(catalogue.search("2021", null, null, 0, 1000).items()).allSatisfy(e ->
                assertThat(e.category().number()).isEqualTo(Integer.parseInt(e.code().value().substring(8))));
    }

    @Test
    void R06_known_entry_900_249_08_requires_T() {
        WasteCodeEntry entry = catalogue.current(WasteCode.parse("900-249-08")).orElseThrow();

        assertThat(entry.category().code()).isEqualTo("HW08");
        assertThat(entry.industrySource()).isEqualTo("非特定行业");
        assertThat(entry.hazardNotation()).isEqualTo("T,I");
        assertThat(entry.hazardRequirement().certain()).containsExactly(T);
        assertThat(entry.hazardRequirement().isSatisfiedBy(Set.of(HazardCharacteristic.I))).isFalse();
    }

    @Test
    void R06_known_entry_336_064_17_accepts_C_alone() {
        WasteCodeEntry entry = catalogue.find("2021", WasteCode.parse("336-064-17")).orElseThrow();

        assertThat(entry.hazardNotation()).isEqualTo("T/C");
        assertThat(entry.hazardRequirement().isSatisfiedBy(Set.of(C))).isTrue();
    }

    @Test
    void R06_medical_entry_841_001_01_requires_In() {
        WasteCodeEntry entry = catalogue.current(WasteCode.parse("841-001-01")).orElseThrow();

        assertThat(entry.isMedical()).isTrue();
        assertThat(entry.categoryName()).isEqualTo("医疗废物");
        assertThat(entry.description()).isEqualTo("感染性废物");
        assertThat(entry.hazardRequirement().certain()).containsExactly(In);
        assertThat(entry.hazardRequirement().isSatisfiedBy(Set.of(T))).isFalse();
    }

    @Test
    void R06_a_well_formed_code_that_the_edition_does_not_list_is_not_found() {
        assertThat(catalogue.find("2021", WasteCode.parse("900-000-49"))).isEmpty();
        assertThat(catalogue.find("2025", WasteCode.parse("900-249-08"))).isEmpty();
        assertThat(catalogue.current(WasteCode.parse("772-002-18"))).get()
                .extracting(WasteCodeEntry::description).isEqualTo("生活垃圾焚烧飞灰");
    }

    @Test
    void search_filters_by_category_and_text_case_insensitively_and_pages() {
        WasteCategory hw08 = WasteCategory.parse("HW08");

        assertThat(catalogue.search("2021", hw08, null, 0, 50).total()).isEqualTo(32);
        assertThat(catalogue.search("2021", null, "生活垃圾焚烧飞灰", 0, 50).items())
                .extracting(e -> e.code().value()).containsExactly("772-002-18");
        assertThat(catalogue.search("2021", null, "hw49", 0, 50).total()).isEqualTo(11);
        assertThat(catalogue.search("2021", null, "90024908", 0, 50).items()).hasSize(1);
        assertThat(catalogue.search("2021", null, " 900-249 ", 0, 50).items()).hasSize(1);
        assertThat(catalogue.search("2021", hw08, "医疗", 0, 50).total()).isZero();
        assertThat(catalogue.search("2021", null, "卫生", 0, 50).total()).isEqualTo(5);

        WasteCodePage second = catalogue.search("2021", hw08, null, 1, 10);
        assertThat(second.items()).hasSize(10);
        assertThat(second.total()).isEqualTo(32);
        assertThat(catalogue.search("2021", hw08, null, 3, 10).items()).hasSize(2);
        assertThat(catalogue.search("2021", hw08, null, 9, 10).items()).isEmpty();
    }

    @Test
    void an_unknown_edition_is_refused_by_search_and_categories() {
        assertThatThrownBy(() -> catalogue.search("1998", null, null, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1998");
        assertThatThrownBy(() -> catalogue.categories("1998")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void start_fails_if_the_current_edition_has_no_file() {
        List<WasteCodeEntry> entries = TestReferenceData.loader().wasteList();

        assertThatThrownBy(() -> new WasteCatalogue(entries, "2025"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("haztrail.catalogue.current-edition is '2025'")
                .hasMessageContaining("[2021]");
    }
}
