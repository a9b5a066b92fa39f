package cn.haztrail.ledger.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV in UTF-8 with a byte-order mark, so that spreadsheet programs show the Chinese text; CRLF line ends. */
final class CsvLineWriter implements LineWriter {

    private final CSVPrinter printer;

    CsvLineWriter(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (Object cell : cells) {
            printer.print(cell instanceof BigDecimal number ? number.toPlainString() : cell);
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
