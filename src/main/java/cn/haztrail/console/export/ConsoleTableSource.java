package cn.haztrail.console.export;

import java.util.Map;

/**
 * A table of a console page that can be downloaded: {@link TableExportController} serves every such bean at
 * {@code /console/tables/{name}.csv} and {@code .xlsx}. A source reads with the same query services and access checks
 * as its page (a regulator's tables through the regulator's scope, R21), so the download holds what the page shows.
 */
public interface ConsoleTableSource {

    /** The table's name in the download's address and file name, e.g. {@code key-units}. */
    String name();

    /** @param query the download's query parameters: the page's own (a search's kind and text) */
    ConsoleTable read(Map<String, String> query);
}
