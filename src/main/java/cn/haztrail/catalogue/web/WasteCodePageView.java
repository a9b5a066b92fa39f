package cn.haztrail.catalogue.web;

import java.util.List;

import cn.haztrail.catalogue.WasteCodePage;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "One page of waste codes")
public record WasteCodePageView(
        List<WasteCodeView> items,
        @Schema(description = "zero-based page number", example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(description = "number of matching entries on all pages", example = "32") long total) {

    static WasteCodePageView of(WasteCodePage page) {
        return new WasteCodePageView(page.items().stream().map(WasteCodeView::of).toList(), page.page(),
                page.size(), page.total());
    }
}
