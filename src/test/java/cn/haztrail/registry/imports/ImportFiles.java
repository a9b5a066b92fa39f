package cn.haztrail.registry.imports;

import cn.haztrail.support.TestCreditCodes;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Import files for tests: rows valid unless a test changes a cell, written as CSV or as an XLSX workbook. */
final class ImportFiles {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 10_000_000L);

    private final List<Map<ImportColumn, String>> rows = new ArrayList<>();

    /** A producer: no licence, permit or vehicle. */
    static Map<ImportColumn, String> producer() {
        Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
        long n = SERIAL.incrementAndGet();
        row.put(ImportColumn.CREDIT_CODE, TestCreditCodes.next("360203"));
        row.put(ImportColumn.NAME, "导入测试企业" + n);
        row.put(ImportColumn.REGION_CODE, "360203");
        row.put(ImportColumn.ADDRESS, "江西省景德镇市珠山区导入路" + n + "号");
        row.put(ImportColumn.ROLES, "PRODUCER");
        row.put(ImportColumn.CONTACT_NAME, "导入联系人");
        row.put(ImportColumn.CONTACT_PHONE, "0798-8000000");
        return row;
    }

    /** A receiver and carrier with a licence, a permit and two vehicles, all numbers fresh. */
    static Map<ImportColumn, String> receiverAndCarrier() {
        Map<ImportColumn, String> row = producer();
        long n = SERIAL.incrementAndGet();
        row.put(ImportColumn.ROLES, "RECEIVER;CARRIER");
        row.put(ImportColumn.LICENCE_NUMBER, "导入许可" + n);
        row.put(ImportColumn.LICENCE_MODE, "COMPREHENSIVE");
        row.put(ImportColumn.LICENCE_CAPACITY, "5000");
        row.put(ImportColumn.LICENCE_VALID_FROM, "2026-01-01");
        row.put(ImportColumn.LICENCE_VALID_TO, "2028-12-31");
        row.put(ImportColumn.LICENCE_LINES, "HW08:R9;HW17@2000:D10,D1");
        row.put(ImportColumn.PERMIT_NUMBER, "导入运输许可" + n);
        row.put(ImportColumn.PERMIT_VALID_FROM, "2025-06-01");
        row.put(ImportColumn.PERMIT_VALID_TO, "2029-05-31");
        row.put(ImportColumn.VEHICLES, plate() + "/运输证" + n + ";" + plate() + "/运输证" + n + "B");
        return row;
    }

    /** A fresh plate of the form 赣H + 6 digits. */
    static String plate() {
        long n = SERIAL.incrementAndGet();
        return "赣" + "ABCDEFGHJK".charAt((int) (n / 1_000_000 % 10)) + String.format("%06d", n % 1_000_000);
    }

    ImportFiles row(Map<ImportColumn, String> row) {
        rows.add(row);
        return this;
    }

    String csv() {
        StringBuilder text = new StringBuilder(CSVFormat.DEFAULT.format(Arrays.stream(ImportColumn.values())
                .map(ImportColumn::header).toArray())).append("\r\n");
        for (Map<ImportColumn, String> row : rows) {
            text.append(CSVFormat.DEFAULT.format(Arrays.stream(ImportColumn.values())
                    .map(c -> row.getOrDefault(c, "")).toArray())).append("\r\n");
        }
        return text.toString();
    }

    byte[] csvBytes() {
        return csv().getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows in a workbook whose header uses the Chinese column names. */
    byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("企业");
            var header = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].chineseHeader());
            }
            for (int r = 0; r < rows.size(); r++) {
                var line = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    line.createCell(c).setCellValue(rows.get(r).getOrDefault(columns[c], ""));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
