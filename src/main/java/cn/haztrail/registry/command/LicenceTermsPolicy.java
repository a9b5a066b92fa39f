package cn.haztrail.registry.command;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the terms of a licence against the catalogues and the licensing rules before it is granted or amended:
 * each line one listed category or code (once per licence), exclusions inside its category, known methods (storage
 * and collection only on a collection licence, R05), a line's capacity positive and within the licence's total.
 */
@Component
public class LicenceTermsPolicy {

    private final WasteCatalogue wasteCatalogue;
    private final MethodCatalogue methodCatalogue;

    public LicenceTermsPolicy(WasteCatalogue wasteCatalogue, MethodCatalogue methodCatalogue) {
        this.wasteCatalogue = wasteCatalogue;
        this.methodCatalogue = methodCatalogue;
    }

    public void check(LicenceMode mode, List<LicenceLine> lines, BigDecimal annualCapacityTonnes,
                      LocalDate validFrom, LocalDate validTo) {
        if (annualCapacityTonnes == null || annualCapacityTonnes.signum() <= 0) {
            throw CommandRefused.ruleViolated("R04", "annualCapacityTonnes",
                    Translatable.of("refused.registry.capacity-not-positive"));
        }
        if (lines == null || lines.isEmpty()) {
            throw CommandRefused.ruleViolated("R03", "lines",
                    Translatable.of("refused.registry.licence-without-lines"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            LicenceLine line = lines.get(i);
            checkScope(line, field);
            Integer earlier = seen.putIfAbsent(line.scope(), i);
            if (earlier != null) {
                throw CommandRefused.ruleViolated("R03", field + ".scope",
                        Translatable.of("refused.registry.scope-on-two-lines", line.scope(), earlier));
            }
            checkMethods(mode, line.methods(), field + ".methods");
            checkCapacity(line.annualCapacityTonnes(), annualCapacityTonnes, field + ".annualCapacityTonnes");
        }
        if (validFrom == null || validTo == null || !validTo.isAfter(validFrom)) {
            throw CommandRefused.ruleViolated("R03", "validTo",
                    Translatable.of("refused.registry.licence-ends-before-start"));
        }
        if (validTo.isAfter(validFrom.plusYears(mode.maxValidityYears()))) {
            throw CommandRefused.ruleViolated("R03", "validTo",
                    Translatable.of("refused.registry.licence-too-long", mode, mode.maxValidityYears()));
        }
    }

    private void checkScope(LicenceLine line, String field) {
        String scope = line.scope();
        if (scope == null || scope.isBlank()) {
            throw CommandRefused.ruleViolated("R03", field + ".scope",
                    Translatable.of("refused.registry.licence-without-scope"));
        }
        if (line.namesCategory()) {
            var categories = wasteCatalogue.categories(wasteCatalogue.currentEdition());
            if (categories.stream().noneMatch(known -> known.category().code().equals(scope))) {
                throw CommandRefused.ruleViolated("R03", field + ".scope",
                        Translatable.of("refused.registry.unknown-category", scope));
            }
        } else {
            requireListed(scope, field + ".scope");
        }
        for (String excluded : line.excludedCodes()) {
            requireListed(excluded, field + ".excludedCodes");
            if (!line.namesCategory() || !excluded.endsWith(scope.substring(2))) {
                throw CommandRefused.ruleViolated("R03", field + ".excludedCodes",
                        Translatable.of("refused.registry.exclusion-outside-category", excluded, scope));
            }
        }
    }

    private void requireListed(String code, String field) {
        if (!isListed(code)) {
            throw CommandRefused.ruleViolated("R03", field, Translatable.of("refused.registry.code-not-in-edition",
                    code, wasteCatalogue.currentEdition()));
        }
    }

    private boolean isListed(String code) {
        try {
            return wasteCatalogue.current(WasteCode.parse(code)).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private void checkMethods(LicenceMode mode, List<String> methods, String field) {
        if (methods == null || methods.isEmpty()) {
            throw CommandRefused.ruleViolated("R03", field, Translatable.of("refused.registry.licence-without-method"));
        }
        for (String code : methods) {
            MethodCode method = methodCatalogue.find(code).orElseThrow(() -> CommandRefused.ruleViolated("R03",
                    field, Translatable.of("refused.registry.unknown-licence-method", code)));
            if (mode == LicenceMode.COLLECTION && method.kind().isFinal()) {
                throw CommandRefused.ruleViolated("R05", field,
                        Translatable.of("refused.registry.collection-licence-with-final-method", code));
            }
        }
    }

    private static void checkCapacity(BigDecimal lineCapacity, BigDecimal total, String field) {
        if (lineCapacity == null) {
            return;
        }
        if (lineCapacity.signum() <= 0) {
            throw CommandRefused.ruleViolated("R04", field,
                    Translatable.of("refused.registry.line-capacity-not-positive"));
        }
        if (lineCapacity.compareTo(total) > 0) {
            throw CommandRefused.ruleViolated("R04", field,
                    Translatable.of("refused.registry.line-capacity-above-total",
                    lineCapacity, total));
        }
    }
}
