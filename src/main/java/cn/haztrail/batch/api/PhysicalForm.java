package cn.haztrail.batch.api;

/** 物理形态 of a waste. */
public enum PhysicalForm {
    SOLID, SEMI_SOLID, LIQUID, GAS
}
