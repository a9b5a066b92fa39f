package cn.haztrail.batch.api;

import cn.haztrail.catalogue.WasteCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The 37-character digital identification code of a batch label (HJ 1276-2022, R07): the producer's 18-character
 * unified social credit code, the 8-digit waste code without hyphens, the generation date {@code yyyyMMdd} and a
 * 3-digit sequence per producer, code and day. The segment lengths are HazTrail's reading of the standard.
 */
public record LabelId(String value) {

    public static final int LENGTH = 37;
    public static final int MAX_SEQUENCE = 999;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}\\d{8}\\d{8}\\d{3}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public LabelId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a label id has 37 characters: credit code, waste code, date, "
                    + "sequence; not '" + value + "'");
        }
    }

    /** @throws IllegalArgumentException if the credit code is not 18 characters or the sequence not 1 to 999 */
    public static LabelId compose(String creditCode, WasteCode code, LocalDate generationDay, int sequence) {
        if (creditCode == null || creditCode.length() != 18) {
            throw new IllegalArgumentException("a producer credit code has 18 characters, not '" + creditCode + "'");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("a label sequence runs from 001 to 999, not " + sequence);
        }
        return new LabelId(creditCode + code.compact() + DAY.format(generationDay) + String.format("%03d", sequence));
    }

    public String creditCode() {
        return value.substring(0, 18);
    }

    public WasteCode wasteCode() {
        return WasteCode.fromCompact(value.substring(18, 26));
    }

    public LocalDate generationDay() {
        return LocalDate.parse(value.substring(26, 34), DAY);
    }

    public int sequence() {
        return Integer.parseInt(value.substring(34));
    }

    @Override
    public String toString() {
        return value;
    }
}
