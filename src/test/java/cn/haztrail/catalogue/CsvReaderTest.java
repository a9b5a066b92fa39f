package cn.haztrail.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final List<String> HEADER = List.of("code", "text", "mark");

    @Test
    void quoted_fields_keep_commas_doubled_quotes_and_line_breaks() {
        String csv = "code,text,mark\n"
                + "a,\"2,4-二氯, \"\"quoted\"\"\",T\n"
                + "b,\"two\nlines\",\"T,I\"\n";

        List<CsvReader.Row> rows = CsvReader.read("t.csv", csv, HEADER);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("text")).isEqualTo("2,4-二氯, \"quoted\"");
        assertThat(rows.get(1).get("text")).isEqualTo("two\nlines");
        assertThat(rows.get(1).get("mark")).isEqualTo("T,I");
    }

    @Test
    void accepts_crlf_a_byte_order_mark_empty_fields_and_a_missing_final_newline() {
        String csv = "\uFEFFcode,text,mark\r\na,,x\r\nb,y,";

        List<CsvReader.Row> rows = CsvReader.read("t.csv", csv, HEADER);

        assertThat(rows).extracting(r -> r.get("code")).containsExactly("a", "b");
        assertThat(rows.get(0).get("text")).isEmpty();
        assertThat(rows.get(1).get("mark")).isEmpty();
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_names_file_and_line() {
        assertThatThrownBy(() -> CsvReader.read("t.csv", "code,text,mark\na,b,c\nd,e\n", HEADER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.csv line 3");
    }

    @Test
    void an_unexpected_header_is_refused() {
        assertThatThrownBy(() -> CsvReader.read("t.csv", "code,mark,text\n", HEADER))
                .hasMessageContaining("header must be code,text,mark");
    }

    @Test
    void a_stray_quote_or_an_open_quote_is_refused() {
        assertThatThrownBy(() -> CsvReader.read("t.csv", "code,text,mark\na,b\"c,d\n", HEADER))
                .hasMessageContaining("quote inside an unquoted field");
        assertThatThrownBy(() -> CsvReader.read("t.csv", "code,text,mark\na,\"b,c\n", HEADER))
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> CsvReader.read("t.csv", "code,text,mark\na,\"b\"x,c\n", HEADER))
                .hasMessageContaining("after a closing quote");
    }

    @Test
    void required_refuses_a_blank_field() {
        CsvReader.Row row = CsvReader.read("t.csv", "code,text,mark\na, ,c\n", HEADER).get(0);

        assertThatThrownBy(() -> row.required("text")).hasMessage("t.csv line 2: column text is empty");
    }
}
