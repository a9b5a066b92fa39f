package cn.haztrail.catalogue;

import java.util.Arrays;

/**
 * The five hazard characteristics (危险特性) of the National Hazardous Waste List. The constant names are the list's
 * own codes, so they read as printed and serialize to JSON as {@code "T"}, {@code "C"}, {@code "I"}, {@code "R"},
 * {@code "In"}.
 */
public enum HazardCharacteristic {
    T("毒性", "toxicity"),
    C("腐蚀性", "corrosivity"),
    I("易燃性", "ignitability"),
    R("反应性", "reactivity"),
    In("感染性", "infectivity");

    private final String labelZh;
    private final String labelEn;

    HazardCharacteristic(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The code as printed in the list: T, C, I, R or In. */
    public String code() {
        return name();
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Parses a code exactly as the list prints it (case-sensitive: {@code In}, not {@code IN}). */
    public static HazardCharacteristic fromCode(String code) {
        return Arrays.stream(values())
                .filter(c -> c.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown hazard characteristic '" + code + "': expected one of T, C, I, R, In"));
    }

    /** Code with its Chinese label, for messages: {@code T（毒性）}. */
    String describe() {
        return name() + "（" + labelZh + "）";
    }
}
