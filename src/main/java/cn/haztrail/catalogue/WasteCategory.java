package cn.haztrail.catalogue;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A hazardous-waste category (废物类别) such as {@code HW08}. Only HW01–HW40 and HW45–HW50 exist; HW41–HW44 were
 * removed from the list long ago and must never be accepted. Serialized as its code string.
 */
public record WasteCategory(int number) {

    private static final Pattern CODE = Pattern.compile("HW\\d{2}");

    public WasteCategory {
        if (!exists(number)) {
            throw new IllegalArgumentException(String.format(
                    "no hazardous-waste category HW%02d: categories are HW01–HW40 and HW45–HW50", number));
        }
    }

    /** Parses {@code HW08}; upper case only, as printed in the list. */
    @JsonCreator
    public static WasteCategory parse(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a waste category looks like HW08, not '" + code + "'");
        }
        return new WasteCategory(Integer.parseInt(code.substring(2)));
    }

    public static boolean exists(int number) {
        return (number >= 1 && number <= 40) || (number >= 45 && number <= 50);
    }

    @JsonValue
    public String code() {
        return String.format("HW%02d", number);
    }

    /** HW01 is medical waste (医疗废物), which has its own storage limit and disposal methods. */
    public boolean isMedical() {
        return number == 1;
    }

    @Override
    public String toString() {
        return code();
    }
}
