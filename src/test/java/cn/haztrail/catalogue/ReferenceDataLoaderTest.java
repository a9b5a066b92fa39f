package cn.haztrail.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ReferenceDataLoaderTest {

    private static final String WASTE_HEADER =
            "edition,category,category_name,industry_source,code,description,hazard_characteristics\n";

    @TempDir
    Path dir;

    @Test
    void every_waste_list_file_is_an_edition_so_a_new_edition_is_a_data_change() throws IOException {
        write("waste-list/2021.csv", WASTE_HEADER + "2021,HW08,废矿物油与含矿物油废物,非特定行业,900-249-08,旧,\"T,I\"\n");
        write("waste-list/2025.csv", WASTE_HEADER + "2025,HW08,废矿物油与含矿物油废物,非特定行业,900-249-08,新,T\n"
                + "2025,HW48,有色金属采选和冶炼废物,常用有色金属冶炼,321-099-48,示例,T\n");

        WasteCatalogue catalogue = new WasteCatalogue(loader().wasteList(), "2025");

        assertThat(catalogue.editions()).containsExactly("2021", "2025");
        assertThat(catalogue.current(WasteCode.parse("900-249-08"))).get()
                .extracting(WasteCodeEntry::description).isEqualTo("新");
        assertThat(catalogue.find("2021", WasteCode.parse("900-249-08"))).get()
                .extracting(WasteCodeEntry::hazardNotation).isEqualTo("T,I");
        assertThat(catalogue.find("2021", WasteCode.parse("321-099-48"))).isEmpty();
    }

    @Test
    void an_edition_column_that_disagrees_with_the_file_name_is_refused() throws IOException {
        write("waste-list/2025.csv", WASTE_HEADER + "2021,HW08,废矿物油与含矿物油废物,非特定行业,900-249-08,x,T\n");

        assertThatThrownBy(() -> loader().wasteList())
                .hasMessage("2025.csv line 2: edition 2021 in the file of edition 2025");
    }

    @Test
    void a_bad_value_stops_loading_with_file_and_line() throws IOException {
        write("waste-list/2021.csv", WASTE_HEADER
                + "2021,HW08,废矿物油与含矿物油废物,非特定行业,900-249-08,x,T\n"
                + "2021,HW08,废矿物油与含矿物油废物,非特定行业,900-249-08,x,\"T,X\"\n");

        assertThatThrownBy(() -> loader().wasteList())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("2021.csv line 3: unknown hazard characteristic 'X'");
    }

    @Test
    void a_code_filed_under_the_wrong_category_is_refused() throws IOException {
        write("waste-list/2021.csv", WASTE_HEADER + "2021,HW09,废矿物油与含矿物油废物,非特定行业,900-249-08,x,T\n");

        assertThatThrownBy(() -> loader().wasteList()).hasMessageContaining("belongs to HW08, not HW09");
    }

    @Test
    void every_holiday_file_is_read_and_must_hold_its_own_year() throws IOException {
        write("holidays/2026.csv", "date,kind,name\n2026-10-01,holiday,国庆节\n");
        write("holidays/2027.csv", "date,kind,name\n2027-01-01,holiday,元旦\n");
        assertThat(loader().holidays()).extracting(SpecialDay::date).extracting(d -> d.getYear())
                .containsExactly(2026, 2027);

        write("holidays/2028.csv", "date,kind,name\n2027-12-31,workday,元旦\n");
        assertThatThrownBy(() -> loader().holidays())
                .hasMessage("2028.csv line 2: 2027-12-31 in the file of year 2028");
    }

    @Test
    void the_shipped_files_load() {
        ReferenceDataLoader shipped = TestReferenceData.loader();

        assertThat(shipped.wasteList()).hasSize(467);
        assertThat(shipped.methods()).hasSize(24);
        assertThat(shipped.regions()).hasSize(3213);
        assertThat(shipped.holidays()).hasSize(39);
    }

    private ReferenceDataLoader loader() {
        return new ReferenceDataLoader(new PathMatchingResourcePatternResolver(), dir.toUri() + "");
    }

    private void write(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }
}
