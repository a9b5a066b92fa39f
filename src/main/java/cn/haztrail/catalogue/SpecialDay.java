package cn.haztrail.catalogue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A day the State Council's holiday notice changes: a public holiday (放假) or a weekend day worked in exchange
 * (调休上班).
 *
 * @param name the holiday the notice attaches the day to, e.g. 国庆节
 */
public record SpecialDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        HOLIDAY,
        WORKDAY;

        /** Parses the {@code kind} column of a holiday file: {@code holiday} or {@code workday}. */
        static Kind fromCsv(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
