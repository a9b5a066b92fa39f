package cn.haztrail.registry.imports;

import java.util.List;

/** An uploaded file whose shape has been checked: its name and its non-blank rows in file order. */
record ImportFile(String fileName, List<ImportRow> rows) {

    ImportFile {
        rows = List.copyOf(rows);
    }
}
