package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Reads typed values out of a record, refusing a missing or malformed one with its field. */
final class Values {

    /** At most 12 integer digits, as native quantities (issue 17). */
    private static final int MAX_INTEGER_DIGITS = 12;

    private Values() {
    }

    static String required(SourceRecord record, Field field) {
        String value = record.get(field);
        if (value == null) {
            throw RecordRefused.of(field, null, "refused.backflow.missing", field.header());
        }
        return value;
    }

    /** An instant with its offset, e.g. {@code 2025-03-01T08:30:00+08:00}; null when absent. */
    static Instant instant(SourceRecord record, Field field) {
        String value = record.get(field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw RecordRefused.of(field, null, "refused.backflow.not-an-instant", value);
        }
    }

    static LocalDate date(SourceRecord record, Field field) {
        String value = record.get(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RecordRefused.of(field, null, "refused.backflow.not-a-date", value);
        }
    }

    static BigDecimal decimal(Field field, String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() <= 0 || number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
                throw RecordRefused.of(field, "R06", "refused.backflow.not-a-quantity", value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw RecordRefused.of(field, "R06", "refused.backflow.not-a-quantity", value);
        }
    }

    static Quantity quantity(SourceRecord record) {
        BigDecimal value = decimal(Field.QUANTITY, required(record, Field.QUANTITY));
        String unit = required(record, Field.UNIT);
        return new Quantity(value, Arrays.stream(QuantityUnit.values())
                .filter(u -> u.name().equalsIgnoreCase(unit) || u.symbol().equals(unit)).findFirst()
                .orElseThrow(() -> RecordRefused.of(Field.UNIT, null, "refused.backflow.unknown-value", unit,
                        Arrays.toString(QuantityUnit.values()))));
    }

    static <E extends Enum<E>> E enumValue(Field field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RecordRefused.of(field, null, "refused.backflow.unknown-value", value,
                    Arrays.toString(type.getEnumConstants()));
        }
    }

    static int positiveInt(SourceRecord record, Field field) {
        String value = required(record, field);
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw RecordRefused.of(field, "R06", "refused.backflow.not-a-count", value);
    }
}
