package cn.haztrail.oversight.indicators;

import java.time.LocalDate;

/**
 * How long a rollup row's period is. Every change is added to the row of its day, its month and its year, so that
 * any run of days is a few rows: the days up to the first whole month, the whole months up to the first whole
 * year, the whole years, and the same on the way down ({@link RollupRanges}).
 */
enum Grain {
    YEAR("Y"), MONTH("M"), DAY("D");

    private final String code;

    Grain(String code) {
        this.code = code;
    }

    /** The value of the {@code grain} column. */
    String code() {
        return code;
    }

    /** The first day of the period of this grain that holds {@code day}. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case YEAR -> day.withDayOfYear(1);
            case MONTH -> day.withDayOfMonth(1);
            case DAY -> day;
        };
    }

    /** The first day after the period that starts on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case YEAR -> start.plusYears(1);
            case MONTH -> start.plusMonths(1);
            case DAY -> start.plusDays(1);
        };
    }
}
