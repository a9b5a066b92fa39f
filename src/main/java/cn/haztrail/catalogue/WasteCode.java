package cn.haztrail.catalogue;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A waste code (废物代码) {@code NNN-NNN-NN}: industry source, sequence, category. The last two digits are the
 * category, so {@code 900-041-49} is HW49. A well-formed code need not be listed: whether it exists is a question
 * for {@link WasteCatalogue} and a named edition. Serialized as its string.
 */
public record WasteCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{3}-\\d{2}");
    private static final Pattern COMPACT = Pattern.compile("\\d{8}");

    public WasteCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a waste code looks like 900-041-49, not '" + value + "'");
        }
        int category = Integer.parseInt(value.substring(8));
        if (!WasteCategory.exists(category)) {
            throw new IllegalArgumentException("waste code " + value + " names category HW" + value.substring(8)
                    + ", which does not exist");
        }
    }

    @JsonCreator
    public static WasteCode parse(String value) {
        return new WasteCode(value);
    }

    /** The inverse of {@link #compact()}: {@code 90004149} gives {@code 900-041-49}. */
    public static WasteCode fromCompact(String digits) {
        if (digits == null || !COMPACT.matcher(digits).matches()) {
            throw new IllegalArgumentException("a compact waste code has 8 digits, not '" + digits + "'");
        }
        return new WasteCode(digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6));
    }

    public WasteCategory category() {
        return new WasteCategory(Integer.parseInt(value.substring(8)));
    }

    /** The 8 digits without hyphens, the waste-code segment of the 37-character label id. */
    public String compact() {
        return value.replace("-", "");
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
