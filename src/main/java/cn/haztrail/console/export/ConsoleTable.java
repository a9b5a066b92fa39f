package cn.haztrail.console.export;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.List;

/**
 * A console table as texts, exactly as the page shows it: a header row in the reader's language, then the rows.
 * What {@link TableExportController} writes as CSV or XLSX.
 */
public record ConsoleTable(List<String> header, List<List<String>> rows) {

    public ConsoleTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Column headings from console message codes, in the language of the request. */
    public static List<String> header(MessageSource messages, List<String> codes) {
        return codes.stream().map(code -> messages.getMessage(code, null, code, LocaleContextHolder.getLocale()))
                .toList();
    }
}
