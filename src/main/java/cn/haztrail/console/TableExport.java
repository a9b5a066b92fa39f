package cn.haztrail.console;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A page's table as a download: CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese) or XLSX, one header
 * row then the rows, every cell text.
 */
public final class TableExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableExport() {
    }

    public static ResponseEntity<byte[]> csv(List<String> header, List<List<String>> rows, String fileName) {
        String text = Stream.concat(Stream.of(header), rows.stream())
                .map(row -> row.stream().map(TableExport::csvField).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return download(text.getBytes(StandardCharsets.UTF_8), fileName + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    public static ResponseEntity<byte[]> xlsx(List<String> header, List<List<String>> rows, String fileName) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(fileName);
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return download(out.toByteArray(), fileName + ".xlsx", XLSX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    /** Quotes every field; a leading formula character is defused so that a spreadsheet shows it as text. */
    private static String csvField(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
