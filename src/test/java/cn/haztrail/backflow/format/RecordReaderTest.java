package cn.haztrail.backflow.format;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordReaderTest {

    private static List<ReadRecord> read(String text) {
        return RecordReader.readAll(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void csv_and_json_lines_hold_the_same_record() {
        List<ReadRecord> csv = read("\uFEFFrecordType,sourceRecordId,lineBatches\nMANIFEST,M1,B1|B2\n");
        List<ReadRecord> json = read("{\"recordType\":\"MANIFEST\",\"sourceRecordId\":\"M1\",\"lineBatches\":\"B1|B2\"}\n");

        assertThat(csv.get(0).record().values()).isEqualTo(json.get(0).record().values());
        assertThat(csv.get(0).line()).isEqualTo(2);
        assertThat(json.get(0).record().list(Field.LINE_BATCHES)).containsExactly("B1", "B2");
    }

    @Test
    void a_line_that_is_not_json_is_refused_with_its_line_and_the_rest_is_read() {
        List<ReadRecord> read = read("{\"recordType\":\"BATCH\"}\nnot json\n\n{\"recordType\":\"DISPOSAL\"}\n");

        assertThat(read).extracting(ReadRecord::line).containsExactly(1, 2, 4);
        assertThat(read.get(1).refused().text().code()).isEqualTo("refused.backflow.not-json");
    }

    @Test
    void an_unknown_json_field_refuses_its_record() {
        ReadRecord read = read("{\"recordType\":\"BATCH\",\"colour\":\"red\"}").get(0);

        assertThat(read.refused().text().code()).isEqualTo("refused.backflow.unknown-field");
        assertThat(read.refused().text().args()).containsExactly("colour");
    }

    @Test
    void an_unknown_csv_column_refuses_the_whole_file() {
        assertThatThrownBy(() -> read("recordType,colour\nBATCH,red\n"))
                .isInstanceOf(BackflowFileRefused.class).hasMessageContaining("colour");
    }

    @Test
    void a_row_with_another_cell_count_than_its_header_is_refused() {
        ReadRecord read = read("recordType,sourceRecordId\nBATCH\n").get(0);

        assertThat(read.refused().text().code()).isEqualTo("refused.backflow.cell-count");
    }

    @Test
    void what_the_writer_writes_the_reader_reads_back_in_either_format() {
        SourceRecord record = new SourceRecord(0, Map.of(Field.RECORD_TYPE, "BATCH", Field.SOURCE_RECORD_ID, "B,1",
                Field.MAIN_COMPONENTS, "矿物油 \"85%\"\n水"));
        for (FileFormat format : FileFormat.values()) {
            StringWriter out = new StringWriter();
            try (RecordWriter writer = new RecordWriter(format, out)) {
                writer.write(record);
            }
            assertThat(read(out.toString()).get(0).record().values()).as(format.name())
                    .isEqualTo(record.values());
        }
    }

    @Test
    void a_handover_not_yet_taken_over_keeps_its_empty_taken_over_time_in_either_format() {
        SourceRecord record = new SourceRecord(0, Map.of(Field.RECORD_TYPE, "MANIFEST", Field.SOURCE_RECORD_ID, "M1",
                Field.HANDOVER_CARRIER_CREDIT_CODES, "91360900MA36C4YT3C|91360200MA38R2TC18",
                Field.HANDOVER_OFFERED_AT, "2026-03-05T09:00:00+08:00|2026-03-05T10:00:00+08:00",
                Field.HANDED_OVER_AT, "2026-03-05T09:30:00+08:00|"));
        for (FileFormat format : FileFormat.values()) {
            StringWriter out = new StringWriter();
            try (RecordWriter writer = new RecordWriter(format, out)) {
                writer.write(record);
            }
            assertThat(read(out.toString()).get(0).record().list(Field.HANDED_OVER_AT)).as(format.name())
                    .containsExactly("2026-03-05T09:30:00+08:00", "");
        }
    }
}
