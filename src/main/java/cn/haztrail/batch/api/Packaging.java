package cn.haztrail.batch.api;

/** How a batch is packed: the type and the number of containers (R17 compares the count at receipt). */
public record Packaging(PackagingType type, int count) {
}
