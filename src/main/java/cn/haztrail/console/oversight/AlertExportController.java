package cn.haztrail.console.oversight;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The dashboard's alerts table as CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese) and XLSX. */
@Controller
class AlertExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AlertTable table;

    AlertExportController(AlertTable table) {
        this.table = table;
    }

    @GetMapping("/console/oversight/alerts.csv")
    ResponseEntity<byte[]> csv() {
        String text = Stream.concat(Stream.of(table.header()), table.rows().stream())
                .map(row -> row.stream().map(AlertExportController::csvField).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return download(text.getBytes(StandardCharsets.UTF_8), "alerts.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/console/oversight/alerts.xlsx")
    ResponseEntity<byte[]> xlsx() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("alerts");
            write(sheet.createRow(0), table.header());
            List<List<String>> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return download(out.toByteArray(), "alerts.xlsx", XLSX);
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

    private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
