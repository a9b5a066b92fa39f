package cn.haztrail.registry.imports;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shape of an import file and the syntax of its cells, row by row, without the application. */
class ImportFileReaderTest {

    private final EnterpriseRowReader rows = new EnterpriseRowReader(
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void a_csv_with_byte_order_mark_reads_its_header_and_rows() {
        byte[] csv = ("\uFEFF" + new ImportFiles().row(ImportFiles.producer()).csv()).getBytes(StandardCharsets.UTF_8);

        ImportFile file = ImportFileReader.read("a.csv", csv, 100);

        assertThat(file.rows()).hasSize(1);
        assertThat(file.rows().get(0).number()).isEqualTo(2);
        assertThat(file.rows().get(0).cell(ImportColumn.ROLES)).isEqualTo("PRODUCER");
    }

    @Test
    void chinese_header_names_are_read_as_their_columns() {
        String csv = "统一社会信用代码,单位名称,行政区划代码,地址,角色,联系人,联系电话,年经营规模（吨）\n"
                + "91360200MA35G8XK2H,某公司,360203,某地址,产生单位,王,0798-1,5000\n";

        ImportRow row = ImportFileReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8), 100).rows().get(0);

        assertThat(row.cell(ImportColumn.NAME)).isEqualTo("某公司");
        assertThat(row.cell(ImportColumn.LICENCE_CAPACITY)).isEqualTo("5000");
    }

    @Test
    void an_xlsx_workbook_reads_like_the_same_csv() throws Exception {
        var files = new ImportFiles().row(ImportFiles.receiverAndCarrier());

        ImportFile xlsx = ImportFileReader.read("a.xlsx", files.xlsx(), 100);
        ImportFile csv = ImportFileReader.read("a.csv", files.csvBytes(), 100);

        assertThat(xlsx.rows()).isEqualTo(csv.rows());
    }

    @Test
    void comment_and_blank_lines_count_in_the_row_numbers_the_user_sees() {
        String[] lines = new ImportFiles().row(ImportFiles.producer()).row(ImportFiles.producer()).csv().split("\r\n");
        String csv = lines[0] + "\n# an example\n" + lines[1] + "\n\n" + lines[2] + "\n";

        ImportFile file = ImportFileReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8), 100);

        assertThat(file.rows()).extracting(ImportRow::number).containsExactly(3, 5);
    }

    @Test
    void a_header_without_a_required_column_refuses_the_file_naming_the_column() {
        String csv = "creditCode,name,regionCode,address,roles,contactName\n";

        assertThatThrownBy(() -> ImportFileReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8), 100))
                .isInstanceOfSatisfying(ImportFileRefused.class, refused ->
                        assertThat(refused.field()).isEqualTo("contactPhone"));
    }

    @Test
    void an_unknown_header_name_refuses_the_file_naming_it() {
        String csv = "creditCode,name,regionCode,address,roles,contactName,contactPhone,licenseNumber\n";

        assertThatThrownBy(() -> ImportFileReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8), 100))
                .isInstanceOfSatisfying(ImportFileRefused.class, refused ->
                        assertThat(refused.field()).isEqualTo("licenseNumber"));
    }

    @Test
    void bytes_that_are_neither_xlsx_nor_utf8_are_an_unsupported_file() {
        byte[] binary = {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xC3, 0x28};

        assertThatThrownBy(() -> ImportFileReader.read("a.bin", binary, 100))
                .isInstanceOfSatisfying(ImportFileRefused.class, refused ->
                        assertThat(refused.status().value()).isEqualTo(415));
    }

    @Test
    void a_licence_line_without_methods_is_refused_in_the_licence_lines_column() {
        Map<ImportColumn, String> cells = ImportFiles.receiverAndCarrier();
        cells.put(ImportColumn.LICENCE_LINES, "HW08:R9;HW17");

        assertThatThrownBy(() -> rows.read(new ImportRow(7, cells)))
                .isInstanceOfSatisfying(RowRefused.class, refused -> {
                    assertThat(refused.column()).isEqualTo(ImportColumn.LICENCE_LINES);
                    assertThat(refused.text().code()).isEqualTo("refused.import.bad-licence-line");
                });
    }

    @Test
    void licence_lines_read_scope_exclusions_capacity_and_methods() {
        Map<ImportColumn, String> cells = ImportFiles.receiverAndCarrier();
        cells.put(ImportColumn.LICENCE_LINES, "HW17!336-064-17，336-066-17@2000：D10,D1；900-249-08:D10");

        var lines = rows.read(new ImportRow(2, cells)).licence().licenceLines();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).scope()).isEqualTo("HW17");
        assertThat(lines.get(0).excludedCodes()).containsExactly("336-064-17", "336-066-17");
        assertThat(lines.get(0).annualCapacityTonnes()).isEqualByComparingTo("2000");
        assertThat(lines.get(0).methods()).containsExactly("D1", "D10");
        assertThat(lines.get(1).scope()).isEqualTo("900-249-08");
    }

    @Test
    void R01_a_wrong_check_character_is_refused_by_the_apis_own_constraint_in_the_credit_code_column() {
        Map<ImportColumn, String> cells = ImportFiles.producer();
        cells.put(ImportColumn.CREDIT_CODE, cn.haztrail.support.TestCreditCodes.withWrongCheckCharacter(
                cells.get(ImportColumn.CREDIT_CODE)));

        assertThatThrownBy(() -> rows.read(new ImportRow(2, cells)))
                .isInstanceOfSatisfying(RowRefused.class, refused -> {
                    assertThat(refused.column()).isEqualTo(ImportColumn.CREDIT_CODE);
                    assertThat(refused.rule()).isEqualTo("R01");
                });
    }

    @Test
    void a_licence_with_an_empty_cell_names_that_cell() {
        Map<ImportColumn, String> cells = ImportFiles.receiverAndCarrier();
        cells.remove(ImportColumn.LICENCE_VALID_TO);

        assertThatThrownBy(() -> rows.read(new ImportRow(2, cells)))
                .isInstanceOfSatisfying(RowRefused.class, refused ->
                        assertThat(refused.column()).isEqualTo(ImportColumn.LICENCE_VALID_TO));
    }

    @Test
    void the_templates_example_row_reads() {
        String csv = new String(ImportTemplate.csv(), StandardCharsets.UTF_8).split("\r\n")[0] + "\n"
                + ImportTemplate.exampleRow() + "\n";

        ImportRow row = ImportFileReader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8), 100).rows().get(0);

        assertThat(rows.read(row).vehicles()).hasSize(1);
    }
}
