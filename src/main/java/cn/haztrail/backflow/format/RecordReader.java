package cn.haztrail.backflow.format;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Reads a backflow file one record at a time (a file of 100,000 manifests is never held as records all at once).
 * UTF-8, with or without byte-order mark; in CSV a header row names the fields (any subset, in any order, no unknown
 * one); in JSON Lines each non-blank line is one object of field names to strings or numbers.
 */
public final class RecordReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordReader() {
    }

    /** Hands every record from line {@code fromLine} on (1-based, the CSV header being line 1) to {@code sink}. */
    public static void read(byte[] content, int fromLine, Consumer<ReadRecord> sink) {
        if (FileFormat.detect(content) == FileFormat.JSONL) {
            readJsonLines(content, fromLine, sink);
        } else {
            readCsv(content, fromLine, sink);
        }
    }

    /** Every record of a file, for tests and small files. */
    public static List<ReadRecord> readAll(byte[] content) {
        List<ReadRecord> all = new ArrayList<>();
        read(content, 1, all::add);
        return all;
    }

    private static void readJsonLines(byte[] content, int fromLine, Consumer<ReadRecord> sink) {
        try (BufferedReader lines = reader(content)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number < fromLine || line.isBlank()) {
                    continue;
                }
                sink.accept(jsonRecord(number, number == 1 ? stripBom(line) : line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadRecord jsonRecord(int number, String line) {
        JsonNode object;
        try {
            object = JSON.readTree(line);
        } catch (JacksonException e) {
            return ReadRecord.refused(number, RecordRefused.of(null, null, "refused.backflow.not-json"));
        }
        if (object == null || !object.isObject()) {
            return ReadRecord.refused(number, RecordRefused.of(null, null, "refused.backflow.not-json"));
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            var field = Field.byHeader(property.getKey());
            if (field.isEmpty()) {
                return ReadRecord.refused(number, RecordRefused.of(null, null, "refused.backflow.unknown-field",
                        property.getKey()));
            }
            JsonNode value = property.getValue();
            if (value.isContainer()) {
                return ReadRecord.refused(number, RecordRefused.of(field.get(), null,
                        "refused.backflow.not-a-value"));
            }
            if (!value.isNull()) {
                values.put(field.get(), value.isString() ? value.asString() : value.toString());
            }
        }
        return ReadRecord.of(new SourceRecord(number, values));
    }

    private static void readCsv(byte[] content, int fromLine, Consumer<ReadRecord> sink) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader(content)).setFormat(format).get()) {
            List<String> headers = parser.getHeaderNames().stream().map(RecordReader::stripBom).toList();
            List<Field> fields = new ArrayList<>();
            for (String header : headers) {
                fields.add(Field.byHeader(header.strip()).orElseThrow(() -> new BackflowFileRefused(
                        "refused.backflow.unknown-column", header)));
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord row;
                try {
                    row = records.next();
                } catch (UncheckedIOException | IllegalStateException | NoSuchElementException broken) {
                    sink.accept(ReadRecord.refused((int) parser.getRecordNumber() + 2,
                            RecordRefused.of(null, null, "refused.backflow.not-csv")));
                    return;
                }
                int number = (int) row.getRecordNumber() + 1;
                if (number < fromLine) {
                    continue;
                }
                if (row.size() != fields.size()) {
                    sink.accept(ReadRecord.refused(number, RecordRefused.of(null, null,
                            "refused.backflow.cell-count", row.size(), fields.size())));
                    continue;
                }
                Map<Field, String> values = new EnumMap<>(Field.class);
                for (int i = 0; i < fields.size(); i++) {
                    values.put(fields.get(i), row.get(i));
                }
                sink.accept(ReadRecord.of(new SourceRecord(number, values)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader reader(byte[] content) {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
