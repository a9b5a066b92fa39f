package cn.haztrail.registry.imports;

import cn.haztrail.shared.i18n.Translatable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an uploaded enterprise file, CSV (UTF-8, with or without byte-order mark; lines starting with # are
 * comments) or XLSX (the first sheet), told apart by their first bytes, and checks its shape: a header row naming
 * every required column once and no unknown one. Cells are read as text; a spreadsheet date as yyyy-MM-dd.
 */
final class ImportFileReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ImportFileReader() {
    }

    static ImportFile read(String fileName, byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw ImportFileRefused.badFile("file", "refused.import.empty-file");
        }
        List<List<String>> lines;
        List<Integer> rowNumbers = new ArrayList<>();
        if (startsWith(content, ZIP)) {
            lines = readXlsx(content, rowNumbers);
        } else if (startsWith(content, OLE2)) {
            throw new ImportFileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file",
                    Translatable.of("refused.import.old-excel"));
        } else {
            lines = readCsv(utf8(content), rowNumbers);
        }
        if (lines.isEmpty()) {
            throw ImportFileRefused.badFile("file", "refused.import.no-header");
        }
        ImportColumn[] columns = header(lines.get(0));
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            List<String> line = lines.get(i);
            for (int c = 0; c < line.size() && c < columns.length; c++) {
                if (columns[c] != null && !line.get(c).isBlank()) {
                    cells.put(columns[c], line.get(c));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new ImportRow(rowNumbers.get(i), cells));
            }
        }
        if (rows.size() > maxRows) {
            throw ImportFileRefused.badFile("file", "refused.import.too-many-rows", rows.size(), maxRows);
        }
        return new ImportFile(fileName, rows);
    }

    /** The column of each header cell (null for a blank cell); refused for a missing, unknown or repeated name. */
    private static ImportColumn[] header(List<String> cells) {
        ImportColumn[] columns = new ImportColumn[cells.size()];
        Map<ImportColumn, Integer> seen = new EnumMap<>(ImportColumn.class);
        for (int c = 0; c < cells.size(); c++) {
            String name = cells.get(c).strip();
            if (name.isEmpty()) {
                continue;
            }
            ImportColumn column = ImportColumn.named(name).orElseThrow(() ->
                    ImportFileRefused.badFile(name, "refused.import.unknown-column", name));
            if (seen.put(column, c) != null) {
                throw ImportFileRefused.badFile(column.header(), "refused.import.repeated-column", name);
            }
            columns[c] = column;
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !seen.containsKey(column)) {
                throw ImportFileRefused.badFile(column.header(), "refused.import.missing-column", column.header(),
                        column.chineseHeader());
            }
        }
        return columns;
    }

    private static List<List<String>> readCsv(String text, List<Integer> rowNumbers) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();
        List<List<String>> lines = new ArrayList<>();
        LineCounter counter = new LineCounter(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
                rowNumbers.add(counter.lineOfRecordAt((int) record.getCharacterPosition()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw ImportFileRefused.badFile("file", "refused.import.malformed-csv", malformed.getMessage());
        }
        return lines;
    }

    /**
     * The 1-based line a record starts on, as a spreadsheet program shows the file, counted forward once: the
     * parser's position of a record may lie on the comment or blank lines it skipped before it.
     */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineOfRecordAt(int start) {
            advanceTo(start);
            while (position < text.length() && (text.charAt(position) == '#' || text.charAt(position) == '\n'
                    || text.startsWith("\r\n", position))) {
                int end = text.indexOf('\n', position);
                advanceTo(end < 0 ? text.length() : end + 1);
            }
            return line;
        }

        private void advanceTo(int target) {
            for (; position < target && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
        }
    }

    private static List<List<String>> readXlsx(byte[] content, List<Integer> rowNumbers) {
        List<List<String>> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter, evaluator));
                }
                if (cells.stream().allMatch(String::isBlank) || cells.get(0).strip().startsWith("#")) {
                    continue;
                }
                lines.add(cells);
                rowNumbers.add(row.getRowNum() + 1);
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new ImportFileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file",
                    Translatable.of("refused.import.unreadable-xlsx"));
        }
        return lines;
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    private static String utf8(byte[] content) {
        int start = startsWith(content, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new ImportFileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file",
                    Translatable.of("refused.import.not-utf8"));
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
