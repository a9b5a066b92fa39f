package cn.haztrail.catalogue;

import java.util.List;

/** One page of catalogue search results; {@code total} counts all matches. */
public record WasteCodePage(List<WasteCodeEntry> items, int page, int size, long total) {

    public WasteCodePage {
        items = List.copyOf(items);
    }
}
