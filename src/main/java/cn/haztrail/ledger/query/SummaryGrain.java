package cn.haztrail.ledger.query;

import java.time.LocalDate;

/** How long each period of a ledger summary is. */
public enum SummaryGrain {
    MONTH, QUARTER, YEAR;

    /** The first day of the period of this grain that holds {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day after the period that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** How the period is named: 2026-03, 2026-Q1, 2026. */
    public String label(LocalDate start) {
        return switch (this) {
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
