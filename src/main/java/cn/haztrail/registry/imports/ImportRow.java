package cn.haztrail.registry.imports;

import java.util.Map;

/**
 * One line of an import file: its row number as the user sees it (the header is row 1) and its cells by column;
 * a column the file does not have reads as blank.
 */
record ImportRow(int number, Map<ImportColumn, String> cells) {

    ImportRow {
        cells = Map.copyOf(cells);
    }

    String cell(ImportColumn column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    boolean isBlank(ImportColumn column) {
        return cell(column).isEmpty();
    }
}
