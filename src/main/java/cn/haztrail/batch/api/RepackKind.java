package cn.haztrail.batch.api;

/** How a repacked batch came about (R39, R40). */
public enum RepackKind {
    /** One batch held was divided into several new batches. */
    SPLIT,
    /** Several batches held of one waste code were put together into one new batch. */
    CONSOLIDATION
}
