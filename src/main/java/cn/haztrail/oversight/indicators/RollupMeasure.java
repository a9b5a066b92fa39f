package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;

/**
 * What a row of {@code indicator_rollup} adds up for its view, region, category and period, one column each. A batch
 * enters the view's stock on the day it was generated (origin) or accepted (facility) and leaves it on the day it is
 * utilized or disposed of, so the stock on any day is what entered by then less what left by then
 * ({@link IndicatorSums}). Batches without mass (declared as volumes) are counted, not weighed.
 */
enum RollupMeasure {
    ENTERED_BATCHES("entered_batches", true),
    ENTERED_TONNES("entered_tonnes", false),
    ENTERED_WITHOUT_MASS("entered_without_mass", true),
    LEFT_BATCHES("left_batches", true),
    LEFT_TONNES("left_tonnes", false),
    LEFT_WITHOUT_MASS("left_without_mass", true),
    RECEIVED_TONNES("received_tonnes", false),
    UTILIZED("utilized_tonnes", false),
    INCINERATED("incinerated_tonnes", false),
    CO_PROCESSED("co_processed_tonnes", false),
    LANDFILLED("landfilled_tonnes", false),
    OTHER_DISPOSAL("other_disposal_tonnes", false);

    private final String column;
    private final boolean count;

    RollupMeasure(String column, boolean count) {
        this.column = column;
        this.count = count;
    }

    String column() {
        return column;
    }

    /** A number of batches (bigint), not tonnes (numeric). */
    boolean isCount() {
        return count;
    }

    /** The column that adds up the treated tonnes of a final method kind. */
    static RollupMeasure treated(MethodKind kind) {
        return switch (kind) {
            case UTILIZATION -> UTILIZED;
            case INCINERATION -> INCINERATED;
            case CO_PROCESSING -> CO_PROCESSED;
            case LANDFILL -> LANDFILLED;
            case OTHER_DISPOSAL -> OTHER_DISPOSAL;
            case STORAGE_COLLECTION -> throw new IllegalArgumentException("storage and collection treat nothing");
        };
    }
}
