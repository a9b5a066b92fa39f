package cn.haztrail.registry.api;

import java.util.Collection;
import java.util.List;

/**
 * What waste a licence covers: whole categories (HW08) and exact codes (900-249-08), minus excluded codes. Lists are
 * kept sorted and distinct, so that equal scopes serialize to identical events.
 */
public record LicenceScope(List<String> categories, List<String> codes, List<String> excludedCodes) {

    public LicenceScope {
        categories = canonical(categories);
        codes = canonical(codes);
        excludedCodes = canonical(excludedCodes);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && codes.isEmpty();
    }

    /** Whether a waste code (NNN-NNN-NN, its category in the last two digits) is inside this scope. */
    public boolean covers(String wasteCode) {
        if (excludedCodes.contains(wasteCode)) {
            return false;
        }
        return codes.contains(wasteCode) || categories.contains("HW" + wasteCode.substring(wasteCode.length() - 2));
    }

    private static List<String> canonical(Collection<String> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }
}
