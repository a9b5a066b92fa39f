package cn.haztrail.batch.api;

/** 包装方式 of a batch. */
public enum PackagingType {
    DRUM, BAG, BOX, TON_BAG, IBC, TANK, BULK, OTHER
}
