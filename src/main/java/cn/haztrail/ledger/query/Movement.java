package cn.haztrail.ledger.query;

/** A movement of a batch as one enterprise's ledger records it (HJ 1259-2022). */
public enum Movement {
    /** Generated and put into storage at the producer (产生、入库). */
    GENERATED,
    /** Left the consignor's storage on a manifest (出库、转移). */
    SHIPPED,
    /** Taken on by a carrier, at pickup or at a handover (运输). */
    TRANSPORTED,
    /** Accepted into the receiver's storage (接收、入库). */
    RECEIVED,
    /** Utilized or disposed of, leaving the storage of whoever did it (利用处置、出库). */
    DISPOSED,
    /** Taken out of a source batch at its holder by a split or consolidation (拆分合并出库, R39). */
    REPACKED_OUT,
    /** A new batch made by a split or consolidation, into its holder's storage (拆分合并入库, R39). */
    REPACKED_IN,
    /**
     * The loss recorded at a repacking, with its reason (拆分合并损耗, R39). It is already the difference between what
     * went out and what came in, so it is shown but never subtracted from storage a second time.
     */
    REPACK_LOSS
}
