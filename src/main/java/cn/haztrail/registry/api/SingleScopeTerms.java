package cn.haztrail.registry.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The terms of a licence as revision 1 of {@link LicenceGranted} and {@link LicenceAmended} stored them: one scope
 * (categories, exact codes, excluded codes) and one method list for all of it. {@link #asLines()} gives the same
 * meaning as lines: one line per category and per code with every method. A code was covered when it was listed or
 * its category was, unless excluded; so each category line keeps the excluded codes of its category, and an exact
 * code that was also excluded (covered by nothing) gets no line. Old licences had no capacity per line: the old
 * capacity becomes the total.
 */
public record SingleScopeTerms(List<String> categories, List<String> codes, List<String> excludedCodes,
                               List<String> methods) {

    public List<LicenceLine> asLines() {
        List<LicenceLine> lines = new ArrayList<>();
        for (String category : sorted(categories)) {
            String suffix = category.substring(2);
            List<String> excluded = sorted(excludedCodes).stream().filter(code -> code.endsWith("-" + suffix))
                    .toList();
            lines.add(new LicenceLine(category, excluded, methods, null));
        }
        for (String code : sorted(codes)) {
            if (!sorted(excludedCodes).contains(code)) {
                lines.add(new LicenceLine(code, List.of(), methods, null));
            }
        }
        return lines;
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }
}
