package cn.haztrail.ledger.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes the rows of one export to a stream, one at a time, holding no more than a small window in memory. */
interface LineWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;

    static LineWriter of(ExportFormat format, OutputStream out) throws IOException {
        return format == ExportFormat.CSV ? new CsvLineWriter(out) : new XlsxLineWriter(out);
    }
}
