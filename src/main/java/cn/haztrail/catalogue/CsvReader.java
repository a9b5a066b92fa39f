package cn.haztrail.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

/**
 * Reads the reference CSV files (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes).
 * No CSV library is on the classpath and these files are small, so a reader of this size is enough.
 * Every error names the file and line, because a broken reference file must stop the application at start.
 */
final class CsvReader {

    private CsvReader() {
    }

    /** One data record, its fields keyed by header name. */
    record Row(String source, int line, Map<String, String> fields) {

        /** The field's value, possibly empty. */
        String get(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw invalid("no column " + column);
            }
            return value;
        }

        /** The field's value, which must not be blank. */
        String required(String column) {
            String value = get(column);
            if (value.isBlank()) {
                throw invalid("column " + column + " is empty");
            }
            return value;
        }

        IllegalStateException invalid(String problem) {
            return new IllegalStateException(source + " line " + line + ": " + problem);
        }
    }

    /** Reads a file whose header must be exactly {@code expectedHeader}. */
    static List<Row> read(Resource resource, List<String> expectedHeader) {
        String source = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            return read(source, new String(in.readAllBytes(), StandardCharsets.UTF_8), expectedHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
    }

    static List<Row> read(String source, String text, List<String> expectedHeader) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(source, text.startsWith("\uFEFF") ? text.substring(1) : text, records, lines);
        if (records.isEmpty() || !records.get(0).equals(expectedHeader)) {
            throw new IllegalStateException(source + ": header must be " + String.join(",", expectedHeader)
                    + " but is " + (records.isEmpty() ? "missing" : String.join(",", records.get(0))));
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> values = records.get(i);
            if (values.size() != expectedHeader.size()) {
                throw new IllegalStateException(source + " line " + lines.get(i) + ": expected "
                        + expectedHeader.size() + " fields but found " + values.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < values.size(); c++) {
                fields.put(expectedHeader.get(c), values.get(c));
            }
            rows.add(new Row(source, lines.get(i), Collections.unmodifiableMap(fields)));
        }
        return List.copyOf(rows);
    }

    private static void parse(String source, String text, List<List<String>> records, List<Integer> lines) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                    if (i + 1 < text.length() && ",\r\n".indexOf(text.charAt(i + 1)) < 0) {
                        throw new IllegalStateException(source + " line " + line + ": text after a closing quote");
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == '"') {
                throw new IllegalStateException(source + " line " + line + ": quote inside an unquoted field");
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || !record.isEmpty()) {
                    record.add(field.toString());
                    records.add(record);
                    lines.add(recordLine);
                }
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new IllegalStateException(source + " line " + recordLine + ": unterminated quoted field");
        }
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
