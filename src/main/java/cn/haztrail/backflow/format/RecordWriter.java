package cn.haztrail.backflow.format;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes records in either format, fields in their declared order: what an export hands out and an import reads. */
public final class RecordWriter implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FileFormat format;
    private final Writer out;
    private final CSVPrinter csv;

    public RecordWriter(FileFormat format, Writer out) {
        this.format = format;
        this.out = out;
        try {
            this.csv = format == FileFormat.CSV
                    ? new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(Field.headers().toArray(String[]::new))
                    .setRecordSeparator('\n').get())
                    : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(SourceRecord record) {
        try {
            if (format == FileFormat.CSV) {
                for (Field field : Field.values()) {
                    String value = record.get(field);
                    csv.print(value == null ? "" : value);
                }
                csv.println();
            } else {
                ObjectNode object = JSON.createObjectNode();
                record.values().forEach((field, value) -> object.put(field.header(), value));
                out.write(JSON.writeValueAsString(object));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
