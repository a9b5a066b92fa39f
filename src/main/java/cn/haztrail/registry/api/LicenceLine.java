package cn.haztrail.registry.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * One line of a business licence (经营许可证): the waste it covers, a whole category ({@code HW08}) or one exact code
 * ({@code 900-249-08}), minus excluded codes; the methods approved for that waste; and the annual capacity in tonnes
 * the licence states for this line, or null when it states only the licence's total. R03 and R05 are decided per
 * line: "HW17 by D10 and D1; HW01 by D10" admits HW01 by D10 only. Lists are kept sorted and distinct, so that equal
 * lines serialize to identical events.
 */
public record LicenceLine(String scope, List<String> excludedCodes, List<String> methods,
                         BigDecimal annualCapacityTonnes) {

    public LicenceLine {
        excludedCodes = canonical(excludedCodes);
        methods = canonical(methods);
    }

    /** Whether the line names a whole category (HW08) rather than one exact code. */
    public boolean namesCategory() {
        return scope != null && scope.startsWith("HW");
    }

    /** Whether a waste code (NNN-NNN-NN, its category in the last two digits) is inside this line. */
    public boolean covers(String wasteCode) {
        if (scope == null || wasteCode == null || wasteCode.length() < 2 || excludedCodes.contains(wasteCode)) {
            return false;
        }
        return scope.equals(wasteCode) || scope.equals("HW" + wasteCode.substring(wasteCode.length() - 2));
    }

    /** Whether this line approves {@code methodCode} for {@code wasteCode}; a null method asks about the code only. */
    public boolean allows(String wasteCode, String methodCode) {
        return covers(wasteCode) && (methodCode == null || methods.contains(methodCode));
    }

    private static List<String> canonical(Collection<String> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }
}
