package cn.haztrail.catalogue;

/** A category of one catalogue edition, with its name (废物类别名称) and how many codes it lists. */
public record CatalogueCategory(WasteCategory category, String name, int entryCount) {
}
