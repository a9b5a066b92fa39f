package cn.haztrail.oversight.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of days into the fewest rollup rows per region and category: at most five pieces (days, months,
 * years, months, days), each a range of one grain's period starts.
 */
final class RollupRanges {

    /** The first day the rollups can answer for: a first of January, so the days before any date are whole years. */
    static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

    /** Period starts of one grain, {@code from} included, {@code until} excluded. */
    record Piece(Grain grain, LocalDate from, LocalDate until) {
    }

    private RollupRanges() {
    }

    /** The pieces that together cover the days from {@code from} (included) to {@code until} (excluded). */
    static List<Piece> of(LocalDate from, LocalDate until) {
        List<Piece> pieces = new ArrayList<>();
        LocalDate day = from;
        while (day.isBefore(until)) {
            Grain grain = widest(day, until);
            LocalDate next = grain.next(day);
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.grain() == grain && last.until().equals(day)) {
                pieces.set(pieces.size() - 1, new Piece(grain, last.from(), next));
            } else {
                pieces.add(new Piece(grain, day, next));
            }
            day = next;
        }
        return pieces;
    }

    /** The longest period that starts on {@code day} and ends by {@code until}. */
    private static Grain widest(LocalDate day, LocalDate until) {
        for (Grain grain : Grain.values()) {
            if (grain.start(day).equals(day) && !grain.next(day).isAfter(until)) {
                return grain;
            }
        }
        return Grain.DAY;
    }
}
