package cn.haztrail.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The years' calendars that administrators added as data (not shipped in {@code reference/holidays}), read from the
 * database (once per transaction), so that every node counts with a calendar from the moment it is stored.
 */
public interface StoredCalendars {

    /** No stored calendars: the shipped files and configuration only (unit tests, tools). */
    StoredCalendars NONE = new StoredCalendars() {
        @Override
        public Optional<List<SpecialDay>> year(int year) {
            return Optional.empty();
        }

        @Override
        public Set<Integer> years() {
            return Set.of();
        }
    };

    /** The special days of a year's stored calendar, or empty when the year has none stored. */
    Optional<List<SpecialDay>> year(int year);

    Set<Integer> years();
}
