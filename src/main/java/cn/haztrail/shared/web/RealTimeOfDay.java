package cn.haztrail.shared.web;

import java.util.regex.Pattern;

/**
 * java.time's ISO instant parser reads {@code T24:00:00} as the next midnight and {@code 23:59:60} as the second
 * before: the value stored is not the one sent. Both are refused where an instant is read, in bodies and in query
 * parameters.
 */
final class RealTimeOfDay {

    private static final Pattern TIME = Pattern.compile("[Tt](\\d{2}):(\\d{2})(?::(\\d{2}))?");

    private RealTimeOfDay() {
    }

    /** False when the text's time of day has an hour above 23 or a second above 59; true when it has no time. */
    static boolean isReal(String text) {
        var time = TIME.matcher(text);
        if (!time.find()) {
            return true;
        }
        boolean hour = Integer.parseInt(time.group(1)) <= 23;
        boolean second = time.group(3) == null || Integer.parseInt(time.group(3)) <= 59;
        return hour && second;
    }
}
