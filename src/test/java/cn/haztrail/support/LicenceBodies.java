package cn.haztrail.support;

import java.util.List;
import java.util.Map;

/** Request bodies for licence lines: one line per category, every line with the same methods. */
public final class LicenceBodies {

    private LicenceBodies() {
    }

    public static List<Map<String, Object>> lines(List<String> categories, List<String> methods) {
        return categories.stream().<Map<String, Object>>map(category -> Map.of("scope", category,
                "excludedCodes", List.of(), "methods", methods)).toList();
    }
}
